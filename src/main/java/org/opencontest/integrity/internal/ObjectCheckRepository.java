package org.opencontest.integrity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObjectCheckRepository extends JpaRepository<ObjectCheck, Long> {

    Optional<ObjectCheck> findByObjectKey(String objectKey);


    @Query("select c from ObjectCheck c where c.requestedAt is not null order by c.requestedAt, c.id")
    List<ObjectCheck> findQueued(Pageable page);

    List<ObjectCheck> findByOutcomeInOrderByCheckedAtDesc(Collection<CheckOutcome> outcomes, Pageable page);

    long countByOutcomeNotNull();

    long countByOutcomeIn(Collection<CheckOutcome> outcomes);

    long countByRequestedAtNotNull();
}
