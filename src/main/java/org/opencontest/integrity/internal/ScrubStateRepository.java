package org.opencontest.integrity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScrubStateRepository extends JpaRepository<ScrubState, Long> {

    default ScrubState current() {
        return findById(ScrubState.ID).orElseThrow(() -> new IllegalStateException("V105 inserts the scrub state"));
    }
}
