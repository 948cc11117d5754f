package org.opencontest.incubation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IncubatorInvitationRepository extends JpaRepository<IncubatorInvitation, Long> {

    List<IncubatorInvitation> findByEmailAndAcceptedAtIsNullOrderByInvitedAt(String email);

    List<IncubatorInvitation> findByAcceptedAtIsNullOrderByInvitedAt();

    boolean existsByOrgIdAndEmailAndAcceptedAtIsNull(long orgId, String email);
}
