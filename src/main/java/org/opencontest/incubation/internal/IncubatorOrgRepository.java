package org.opencontest.incubation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IncubatorOrgRepository extends JpaRepository<IncubatorOrg, Long> {

    List<IncubatorOrg> findAllByOrderByNameEnAsc();
}
