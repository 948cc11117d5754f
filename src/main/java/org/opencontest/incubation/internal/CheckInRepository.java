package org.opencontest.incubation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByProjectIdOrderByPeriodStartAsc(long projectId);

    List<CheckIn> findByProjectIdInOrderByPeriodStartAsc(Collection<Long> projectIds);

    Optional<CheckIn> findByProjectIdAndPeriodStart(long projectId, LocalDate periodStart);
}
