package org.opencontest.incubation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IncubatorMemberRepository extends JpaRepository<IncubatorMember, Long> {

    List<IncubatorMember> findByOrgIdOrderByDisplayNameAsc(long orgId);

    List<IncubatorMember> findByUserId(long userId);

    Optional<IncubatorMember> findByOrgIdAndUserId(long orgId, long userId);

    List<IncubatorMember> findByIdIn(Collection<Long> ids);

    boolean existsByOrgIdAndUserId(long orgId, long userId);
}
