package org.spasmcare.account;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's passkeys, as Spring Security keeps them: a WebAuthn user entity named after the username, and
 * its credentials. Registering and checking a passkey is Spring Security's (see {@link SecurityConfiguration});
 * this lists them, removes one its owner no longer wants, and removes them all at an admin's reset.
 */
@Service
class Passkeys {

    /** One passkey as its owner sees it (the id is the credential id, Base64url; the day added, in UTC). */
    record Passkey(String id, String label, LocalDate added) {
    }

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;

    private final AuditTrail audit;

    Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
            AuditTrail audit) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Passkey> of(String username) {
        return records(username).stream()
                .sorted(Comparator.comparing(CredentialRecord::getCreated, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(record -> new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(),
                        record.getCreated() == null ? null : LocalDate.ofInstant(record.getCreated(), ZoneOffset.UTC)))
                .toList();
    }

    @Transactional(readOnly = true)
    boolean hasAny(String username) {
        return !records(username).isEmpty();
    }

    /** Removes one of the account's own passkeys, audited (with its name); false when it has none with that id. */
    @Transactional
    boolean remove(String username, String credentialId) {
        Optional<PublicKeyCredentialUserEntity> entity = Optional.ofNullable(userEntities.findByUsername(username));
        if (entity.isEmpty() || credentialId == null || !credentialId.matches("[A-Za-z0-9_-]{1,1000}")) {
            return false;
        }
        CredentialRecord record = credentials.findByCredentialId(Bytes.fromBase64(credentialId));
        if (record == null || !record.getUserEntityUserId().equals(entity.get().getId())) {
            return false;
        }
        credentials.delete(record.getCredentialId());
        audit.record(username, AuditAction.PASSKEY_REMOVED, username, record.getLabel());
        return true;
    }

    /** Every passkey of the account, and its user entity: nothing it registered works any more. */
    @Transactional
    void removeAll(String username) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
        if (entity == null) {
            return;
        }
        credentials.findByUserId(entity.getId()).forEach(record -> credentials.delete(record.getCredentialId()));
        userEntities.delete(entity.getId());
    }

    private List<CredentialRecord> records(String username) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
        return entity == null ? List.of() : credentials.findByUserId(entity.getId());
    }
}
