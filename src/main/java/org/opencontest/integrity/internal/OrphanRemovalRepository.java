package org.opencontest.integrity.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrphanRemovalRepository extends JpaRepository<OrphanRemovalRecord, Long> {

    List<OrphanRemovalRecord> findByOrderByRemovedAtDescIdDesc(Pageable page);
}
