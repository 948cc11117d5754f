package org.opencontest.judging.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResultsPublicationRepository extends JpaRepository<ResultsPublication, Long> {

    boolean existsByContestIdAndPublishedAtIsNotNull(long contestId);
}
