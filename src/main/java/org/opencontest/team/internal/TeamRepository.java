package org.opencontest.team.internal;

import java.util.List;
import java.util.Optional;

import org.opencontest.team.TeamStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TeamRepository extends JpaRepository<Team, Long>, JpaSpecificationExecutor<Team> {

    @Query("select t.id from Team t where t.inviteCode = :code")
    Optional<Long> findIdByInviteCode(@Param("code") String inviteCode);

    boolean existsByContestIdAndNameKey(long contestId, String nameKey);

    Optional<Team> findByContestIdAndNameKey(long contestId, String nameKey);

    boolean existsByContestIdAndNameKeyAndIdNot(long contestId, String nameKey, long id);

    boolean existsByInviteCode(String inviteCode);

    @Query("select distinct t.contestId from Team t where t.remindedAt is null and t.solo = false")
    List<Long> findContestsWithUnremindedTeams();

    List<Team> findByContestIdAndRemindedAtIsNullAndSoloFalse(long contestId);

    long countByContestIdAndStatus(long contestId, TeamStatus status);

    List<Team> findByContestIdOrderByCreatedAtAsc(long contestId);

    List<Team> findByContestIdAndStatusOrderByCreatedAtAsc(long contestId, TeamStatus status);
}
