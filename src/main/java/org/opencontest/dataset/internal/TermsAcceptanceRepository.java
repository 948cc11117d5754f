package org.opencontest.dataset.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TermsAcceptanceRepository extends JpaRepository<TermsAcceptance, Long> {

    boolean existsByDatasetIdAndUserIdAndTermsVersion(long datasetId, long userId, int termsVersion);

    List<TermsAcceptance> findByDatasetIdOrderByAcceptedAtDesc(long datasetId);
}
