package org.opencontest.team;

import java.time.Clock;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.internal.Registrations;
import org.opencontest.team.internal.RegistrationSettings;
import org.opencontest.team.internal.RegistrationSettingsRepository;
import org.opencontest.team.internal.Team;
import org.opencontest.team.internal.TeamMails;
import org.opencontest.team.internal.TeamRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams for the contest's organisers (and administrators): team details and the approval decision. A team of a
 * contest the caller does not organise answers {@link NotFoundException}, like a missing one.
 */
@Service
public class TeamAdministration {

    static final String APPROVED = "team.approved";
    static final String SETTINGS_CHANGED = "team.settings.changed";
    private static final int MAX_RULES_VERSION = 40;

    private final Registrations registrations;
    private final TeamRepository teams;
    private final RegistrationSettingsRepository settings;
    private final ContestService contests;
    private final TeamMails mails;
    private final AuditLog audit;
    private final Clock clock;

    TeamAdministration(Registrations registrations, TeamRepository teams, RegistrationSettingsRepository settings,
                       ContestService contests, TeamMails mails, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.teams = teams;
        this.settings = settings;
        this.contests = contests;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contest's registration settings (the defaults until the organiser saves them). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public TeamSettings settings(long contestId) {
        requireManaged(contestId);
        return registrations.settings(contestId);
    }

    /**
     * Saves the registration settings, quoting the version they were loaded with. The merge deadline may not lie
     * after the lock instant: merging changes membership.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamSettings saveSettings(TeamSettings changed) {
        requireManaged(changed.contestId());
        RegistrationSettings row = settings.findByContestId(changed.contestId())
                .orElseGet(() -> new RegistrationSettings(changed.contestId(), clock.instant()));
        if (row.getVersion() != changed.version()) {
            throw new UserFacingException("error.concurrentEdit");
        }
        if (changed.lockAt() != null && changed.mergeDeadline() != null
                && changed.mergeDeadline().isAfter(changed.lockAt())) {
            throw new UserFacingException("team.settings.error.mergeAfterLock");
        }
        String rulesVersion = changed.rulesVersion() == null || changed.rulesVersion().isBlank() ? null
                : changed.rulesVersion().strip();
        if (rulesVersion != null && rulesVersion.length() > MAX_RULES_VERSION) {
            throw new UserFacingException("team.settings.error.rulesVersionLength", MAX_RULES_VERSION);
        }
        row.change(changed.approvalRequired(), changed.soloAllowed(), changed.lockAt(), changed.mergeDeadline(),
                rulesVersion, clock.instant());
        settings.saveAndFlush(row);
        audit.record(SETTINGS_CHANGED, "contest:" + changed.contestId(), "approval=" + changed.approvalRequired()
                + " solo=" + changed.soloAllowed() + " lock=" + changed.lockAt() + " merge="
                + changed.mergeDeadline() + " rules=" + rulesVersion);
        return registrations.settings(changed.contestId());
    }

    /** The team with its members and their eligibility answers. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public TeamDetail detail(long teamId) {
        return registrations.detail(managed(teamId));
    }

    /** Approves a pending (or earlier rejected) team and tells its members. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamDetail approve(long teamId, long expectedVersion) {
        Team team = managed(teamId, expectedVersion);
        if (team.getStatus() != TeamStatus.PENDING && team.getStatus() != TeamStatus.REJECTED) {
            throw new UserFacingException("team.error.notDecidable");
        }
        team.decide(TeamStatus.APPROVED, null, clock.instant());
        audit.record(APPROVED, subject(team), null);
        mails.toMembers(registrations.teamMembers(team), teamId, "approved", Map.of("team", team.getName()));
        teams.flush();
        return registrations.detail(team);
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private void requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
    }

    private Team managed(long teamId) {
        Team team = teams.findById(teamId).orElseThrow(NotFoundException::new);
        requireManaged(team.getContestId());
        return team;
    }

    private Team managed(long teamId, long expectedVersion) {
        Team team = managed(teamId);
        if (team.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        return team;
    }

    private static String subject(Team team) {
        return "contest:" + team.getContestId() + " team:" + team.getId() + " " + team.getName();
    }

}
