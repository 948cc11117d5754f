package org.opencontest.submission.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PackageRepository extends JpaRepository<SubmissionPackage, Long> {

    Optional<SubmissionPackage> findByContestIdAndTeamId(long contestId, long teamId);

    /** Serialises submits of one team: two members submitting at once get two consistent, numbered versions. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from SubmissionPackage p where p.contestId = ?1 and p.teamId = ?2")
    Optional<SubmissionPackage> lockByContestIdAndTeamId(long contestId, long teamId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SubmissionPackage p set p.teamId = ?2 where p.id = ?1")
    void moveToTeam(long packageId, long teamId);

    List<SubmissionPackage> findByContestIdOrderByTeamName(long contestId);

    @Query("select p from SubmissionPackage p where p.contestId = ?1 and p.finalVersionId is not null order by p.teamName, p.id")
    List<SubmissionPackage> findWithFinalVersion(long contestId);
}
