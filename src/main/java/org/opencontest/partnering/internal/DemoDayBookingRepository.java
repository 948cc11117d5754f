package org.opencontest.partnering.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DemoDayBookingRepository extends JpaRepository<DemoDayBooking, Long> {

    List<DemoDayBooking> findByDemoDayId(long demoDayId);

    long countByContestId(long contestId);
}
