package org.opencontest.team.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TeamRepository extends JpaRepository<Team, Long>, JpaSpecificationExecutor<Team> {

    /**
     * The team with a row lock held to the end of the transaction: every change of the membership takes it, so
     * two people taking the last seat at once are served one after the other and the second finds the team full.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Team t where t.id = :id")
    Optional<Team> lockById(@Param("id") long id);

    @Query("select t.id from Team t where t.inviteCode = :code")
    Optional<Long> findIdByInviteCode(@Param("code") String inviteCode);

    boolean existsByContestIdAndNameKey(long contestId, String nameKey);

    boolean existsByContestIdAndNameKeyAndIdNot(long contestId, String nameKey, long id);

    boolean existsByInviteCode(String inviteCode);
}
