package org.opencontest.partnering.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DemoDayInviteRepository extends JpaRepository<DemoDayInvite, Long> {

    List<DemoDayInvite> findByDemoDayId(long demoDayId);

    List<DemoDayInvite> findByUserId(long userId);

    List<DemoDayInvite> findByProjectIdIn(Collection<Long> projectIds);
}
