package org.opencontest.judging.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PitchSlotRepository extends JpaRepository<PitchSlot, Long> {

    List<PitchSlot> findByFinalIdOrderByPosition(long finalId);
}
