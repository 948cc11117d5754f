package org.opencontest.contest.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineChangeRepository extends JpaRepository<TimelineChangeEntry, Long> {

    List<TimelineChangeEntry> findByContestIdOrderByChangedAtDescIdAsc(long contestId);
}
