package org.opencontest.partnering.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DemoDayRepository extends JpaRepository<DemoDay, Long> {

    List<DemoDay> findByIdInOrderByCreatedAtDesc(Collection<Long> ids);

    List<DemoDay> findAllByOrderByCreatedAtDesc();
}
