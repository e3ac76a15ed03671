package org.spasmcare.recovery.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The "a clinician has seen me" confirmations of an episode. */
public interface RedFlagSeenRepository extends JpaRepository<RedFlagSeen, Long> {

    List<RedFlagSeen> findByEpisodeIdOrderByRecordedAtAscIdAsc(long episodeId);
}
