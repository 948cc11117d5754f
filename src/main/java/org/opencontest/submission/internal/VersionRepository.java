package org.opencontest.submission.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface VersionRepository extends JpaRepository<SubmissionVersion, Long> {

    /** Newest first; after a merge, numbers of two origins interleave, so the order is by time. */
    List<SubmissionVersion> findByPackageIdOrderBySubmittedAtDescIdDesc(long packageId);

    List<SubmissionVersion> findByPackageId(long packageId);

    /** A submit repeated with its request key, among the versions submitted to this package (not moved ones). */
    Optional<SubmissionVersion> findByOriginPackageIdAndRequestKey(long packageId, String requestKey);

    /** The highest number submitted to this package; versions moved here by a merge keep their own numbering. */
    @Query("select coalesce(max(v.number), 0) from SubmissionVersion v where v.originPackageId = ?1")
    int lastNumber(long packageId);

    @Query("select v.submittedAt from SubmissionVersion v where v.packageId = ?1 and v.stage = ?2")
    List<Instant> submittedAtByPackageAndStage(long packageId, int stage);

    @Query("select count(f) > 0 from VersionFile f where f.file.objectKey = ?1")
    boolean isObjectInAVersion(String objectKey);

    /** The organiser's overview; null filters match everything. */
    @Query("""
            select v from SubmissionVersion v, SubmissionPackage p
            where p.id = v.packageId and v.contestId = :contestId
              and (:trackId is null or v.trackId = :trackId)
              and (:late is null or v.late = :late)
              and (:finalOnly = false or p.finalVersionId = v.id)
              and (:minVersions is null or p.versionCount >= :minVersions)
              and (:stage is null or v.stage = :stage)
            order by p.teamName, p.id, v.submittedAt desc, v.id desc""")
    List<SubmissionVersion> search(long contestId, Long trackId, Boolean late, boolean finalOnly, Integer minVersions,
                                   Integer stage, Pageable page);

    @Query("""
            select count(v) from SubmissionVersion v, SubmissionPackage p
            where p.id = v.packageId and v.contestId = :contestId
              and (:trackId is null or v.trackId = :trackId)
              and (:late is null or v.late = :late)
              and (:finalOnly = false or p.finalVersionId = v.id)
              and (:minVersions is null or p.versionCount >= :minVersions)
              and (:stage is null or v.stage = :stage)""")
    long count(long contestId, Long trackId, Boolean late, boolean finalOnly, Integer minVersions, Integer stage);

    /**
     * Merges move versions to the surviving team and note the team name of the receipt (the first move's, should
     * the version move again); number, content and receipt stay as they were.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update SubmissionVersion v set v.packageId = ?2, v.teamId = ?3,
              v.originTeamName = coalesce(v.originTeamName, ?4)
            where v.id = ?1""")
    void moveToTeam(long versionId, long packageId, long teamId, String receiptTeamName);

    /** The teams that submitted in a stage, by team name: team id, name, versions, last submit, any late version. */
    @Query("""
            select p.teamId, p.teamName, count(v), max(v.submittedAt), max(case when v.late then 1 else 0 end)
            from SubmissionVersion v, SubmissionPackage p
            where p.id = v.packageId and v.contestId = ?1 and v.stage = ?2
            group by p.teamId, p.teamName order by p.teamName, p.teamId""")
    List<Object[]> stageEntries(long contestId, int stage, Pageable page);

    @Query("select count(distinct v.teamId) from SubmissionVersion v where v.contestId = ?1 and v.stage = ?2")
    long countStageTeams(long contestId, int stage);

    boolean existsByContestIdAndStageAndTeamId(long contestId, int stage, long teamId);

    /** A stage's versions, each team's newest first (a stage round judges the first of each team). */
    @Query("""
            select v from SubmissionVersion v where v.contestId = ?1 and v.stage = ?2
            order by v.teamId, v.submittedAt desc, v.id desc""")
    List<SubmissionVersion> inStageNewestFirst(long contestId, int stage);

    /** Stage position and how many teams submitted there, for the funnel. */
    @Query("select v.stage, count(distinct v.teamId) from SubmissionVersion v where v.contestId = ?1 group by v.stage")
    List<Object[]> teamsPerStage(long contestId);

    boolean existsByContestIdAndStage(long contestId, int stage);

    /** The stages a team has submitted in. */
    @Query("select distinct v.stage from SubmissionVersion v where v.contestId = ?1 and v.teamId = ?2")
    List<Integer> stagesOfTeam(long contestId, long teamId);

    @Query("select v.id from SubmissionVersion v where v.contestId = ?1 order by v.id")
    List<Long> idsByContest(long contestId);
}
