package org.opencontest.team.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByTeamIdAndStatusOrderByCreatedAtAsc(long teamId, Invitation.Status status);

    List<Invitation> findByTeamIdAndEmailAndStatus(long teamId, String email, Invitation.Status status);

    /**
     * Answers an open invitation; 0 when it was answered (or revoked) meanwhile, so that a link works exactly once
     * even when it is opened twice at the same moment.
     */
    @Modifying(flushAutomatically = true)
    @Query("update Invitation i set i.status = :answer, i.respondedAt = :at, i.respondedBy = :by, "
            + "i.version = i.version + 1 where i.id = :id and i.status = 'OPEN'")
    int answer(@Param("id") long id, @Param("answer") Invitation.Status answer, @Param("at") Instant at,
               @Param("by") Long respondedBy);
}
