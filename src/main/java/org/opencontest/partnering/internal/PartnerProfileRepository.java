package org.opencontest.partnering.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerProfileRepository extends JpaRepository<PartnerProfile, Long> {

    Optional<PartnerProfile> findByUserId(long userId);

    List<PartnerProfile> findByUserIdIn(Collection<Long> userIds);
}
