package org.spasmcare.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.spasmcare.account.Role;

/** A person who signs in. Only a password hash is kept, never the password. */
@Entity
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stored in lower case, so "Ann" and "ann" are the same account. */
    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Set for a password someone else chose (a one-time password); cleared when the owner picks their own. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    // --- second factor (V14) -------------------------------------------------------------------
    /** The authenticator app's shared secret (Base32); null while the account has no one-time codes. */
    @Column(name = "totp_secret")
    private String totpSecret;

    /** Written only through SecondFactorAccounts' guarded update, never by the entity. */
    @Column(name = "totp_last_step", insertable = false, updatable = false)
    private Long totpLastStep;
    // --- end second factor -----------------------------------------------------------------------

    // --- patient account recovery (V12) ---
    /** A hash of the patient's recovery code; null when there is none (always for staff and admins). */
    @Column(name = "recovery_code_hash")
    private String recoveryCodeHash;
    // --- end of patient account recovery ---

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** A password chosen by the owner: no change needed. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
    }

    /** A one-time password chosen for the owner, which they must replace at their next sign-in. */
    public void setOneTimePassword(String oneTimePasswordHash) {
        this.passwordHash = oneTimePasswordHash;
        this.mustChangePassword = true;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    // --- second factor (V14) -------------------------------------------------------------------
    public String getTotpSecret() {
        return totpSecret;
    }

    /** The step of the last one-time code accepted, as read; {@code null} when none was. */
    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public boolean hasTotp() {
        return totpSecret != null;
    }

    /** Set when the owner confirmed a first code; {@code null} removes it (an admin's reset). */
    public void setTotpSecret(String totpSecret) {
        this.totpSecret = totpSecret;
    }
    // --- end second factor -----------------------------------------------------------------------

    // --- patient account recovery ---
    public boolean hasRecoveryCode() {
        return recoveryCodeHash != null;
    }

    public String getRecoveryCodeHash() {
        return recoveryCodeHash;
    }

    /** A new recovery code (its hash): the one before stops working. */
    public void replaceRecoveryCode(String newRecoveryCodeHash) {
        this.recoveryCodeHash = newRecoveryCodeHash;
    }
    // --- end of patient account recovery ---
}
