package org.spasmcare.account.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The second factor's writes that must hold across instances: each is one guarded update, so two requests
 * (on one instance or two) can never both use the same one-time code or recovery code.
 */
public interface SecondFactorAccounts extends Repository<Account, Long> {

    /** Records {@code step} as used; 0 when it (or a later one) was used already. */
    @Modifying
    @Query("update Account a set a.totpLastStep = :step where a.id = :id"
            + " and (a.totpLastStep is null or a.totpLastStep < :step)")
    int useStep(@Param("id") long id, @Param("step") long step);

    /** Uses the unused recovery code with this hash; 0 when there is none. */
    @Modifying
    @Query("update SecondFactorRecoveryCode c set c.usedAt = :now where c.accountId = :id"
            + " and c.codeHash = :hash and c.usedAt is null")
    int useRecoveryCode(@Param("id") long id, @Param("hash") String hash, @Param("now") Instant now);

    @Modifying
    @Query("delete from SecondFactorRecoveryCode c where c.accountId = :id")
    int deleteRecoveryCodes(@Param("id") long id);

    @Query("select count(c) from SecondFactorRecoveryCode c where c.accountId = :id and c.usedAt is null")
    long countUnusedRecoveryCodes(@Param("id") long id);
}
