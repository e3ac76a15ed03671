package org.spasmcare.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recovery code of a second factor, kept as a SHA-256 hash: the codes are random (50 bits each), so a
 * fast hash is enough, and it lets a code be found by its hash. Each is used once.
 */
@Entity
@Table(name = "second_factor_recovery_code")
public class SecondFactorRecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "code_hash", nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SecondFactorRecoveryCode() {
        // for JPA
    }

    public SecondFactorRecoveryCode(long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
