package org.opencontest.incubation.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByProjectIdOrderByChangedAtAscIdAsc(long projectId);

    List<StageChange> findByProjectIdIn(Collection<Long> projectIds);
}
