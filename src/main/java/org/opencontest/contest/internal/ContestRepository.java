package org.opencontest.contest.internal;

import java.util.List;
import java.util.Optional;

import org.opencontest.contest.ContestStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContestRepository extends JpaRepository<Contest, Long> {

    Optional<Contest> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);

    Page<Contest> findByOwnerId(long ownerId, Pageable pageable);

    List<Contest> findByStatus(ContestStatus status, Pageable pageable);
}
