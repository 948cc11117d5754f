package org.opencontest.incubation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    List<Project> findByOrgIdInOrderByUpdatedAtDesc(Collection<Long> orgIds);

    List<Project> findByContestIdOrderByCreatedAtAsc(long contestId);

    List<Project> findByTeamIdInOrderByCreatedAtDesc(Collection<Long> teamIds);

    Optional<Project> findByContestIdAndTeamId(long contestId, long teamId);

    List<Project> findByConsentAndShowPublicTrueOrderByUpdatedAtDesc(Consent consent);

    @Query("select p from Project p where p.consent = org.opencontest.incubation.internal.Consent.ACCEPTED"
            + " and p.stage not in (org.opencontest.incubation.Stage.GRADUATED,"
            + " org.opencontest.incubation.Stage.DISCONTINUED)")
    List<Project> findReporting();
}
