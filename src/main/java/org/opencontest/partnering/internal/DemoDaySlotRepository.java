package org.opencontest.partnering.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DemoDaySlotRepository extends JpaRepository<DemoDaySlot, Long> {

    List<DemoDaySlot> findByDemoDayIdOrderByStartsAtAsc(long demoDayId);
}
