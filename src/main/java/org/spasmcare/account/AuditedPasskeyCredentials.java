package org.spasmcare.account;

import java.util.List;

import org.spasmcare.audit.AuditAction;
import org.spasmcare.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Security's store of passkeys, with an audit line for each passkey added (its owner, and the name
 * they gave it), in the same transaction as the passkey itself. Spring Security saves a passkey again at each
 * use (its counter), so only a save of a credential id not stored yet is an addition. Removing one is audited
 * where its owner removes it ({@link Passkeys#remove}); an admin's reset is audited as the reset.
 * The audit trail and transactions are looked up lazily: web slice tests build the security rules without them.
 */
class AuditedPasskeyCredentials implements UserCredentialRepository {

    private final UserCredentialRepository stored;
    private final PublicKeyCredentialUserEntityRepository users;
    private final ObjectProvider<AuditTrail> audit;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    AuditedPasskeyCredentials(UserCredentialRepository stored, PublicKeyCredentialUserEntityRepository users,
            ObjectProvider<AuditTrail> audit, ObjectProvider<PlatformTransactionManager> transactions) {
        this.stored = stored;
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void save(CredentialRecord credential) {
        new TransactionTemplate(transactions.getObject()).executeWithoutResult(status -> {
            boolean added = stored.findByCredentialId(credential.getCredentialId()) == null;
            stored.save(credential);
            if (added) {
                PublicKeyCredentialUserEntity owner = users.findById(credential.getUserEntityUserId());
                String username = owner == null ? "?" : owner.getName();
                audit.getObject().record(username, AuditAction.PASSKEY_ADDED, username, credential.getLabel());
            }
        });
    }

    @Override
    public void delete(Bytes credentialId) {
        stored.delete(credentialId);
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }
}
