package org.spasmcare.recovery.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every finder names the owning account: another patient's episode is simply not found. */
public interface EpisodeRepository extends JpaRepository<Episode, Long> {

    Optional<Episode> findByIdAndAccountId(long id, long accountId);

    Optional<Episode> findFirstByAccountIdAndCurrentTrue(long accountId);

    List<Episode> findByAccountIdOrderByStartedAtDesc(long accountId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Episode e set e.current = false where e.accountId = :accountId and e.current = true")
    void clearCurrent(long accountId);
}
