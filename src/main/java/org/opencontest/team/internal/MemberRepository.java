package org.opencontest.team.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByContestIdAndUserId(long contestId, long userId);

    boolean existsByContestIdAndUserId(long contestId, long userId);

    List<Member> findByTeamIdOrderByJoinedAtAscIdAsc(long teamId);

    List<Member> findByUserIdOrderByJoinedAtDesc(long userId);

    List<Member> findByTeamIdIn(Collection<Long> teamIds);

    Optional<Member> findByTeamIdAndUserId(long teamId, long userId);

    Optional<Member> findByContestIdAndEmail(long contestId, String email);
}
