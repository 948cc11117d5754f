package org.opencontest.incubation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByProjectIdOrderByDueDateAscIdAsc(long projectId);
}
