package org.opencontest.incubation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByProjectIdOrderByUploadedAtAsc(long projectId);
}
