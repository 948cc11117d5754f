package org.opencontest.team;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.internal.Constraints;
import org.opencontest.team.internal.InviteCodes;
import org.opencontest.team.internal.MemberRepository;
import org.opencontest.team.internal.Policy;
import org.opencontest.team.internal.Registrations;
import org.opencontest.team.internal.Team;
import org.opencontest.team.internal.TeamMails;
import org.opencontest.team.internal.TeamName;
import org.opencontest.team.internal.TeamRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams for participants: register a team (the caller leads it), join one with its invite code, and the membership
 * facts other modules ask for. Every change of a team's membership holds the team's row lock, so size limits hold
 * under concurrent joins.
 */
@Service
public class TeamService implements TeamMemberships {

    static final int MAX_DESCRIPTION = 2000;

    private final Registrations registrations;
    private final TeamRepository teams;
    private final MemberRepository members;
    private final ContestService contests;
    private final TeamMails mails;
    private final Clock clock;

    TeamService(Registrations registrations, TeamRepository teams, MemberRepository members,
                ContestService contests, TeamMails mails, Clock clock) {
        this.registrations = registrations;
        this.teams = teams;
        this.members = members;
        this.contests = contests;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Registers a new team in the contest during its registration phase, led by the caller, after checking the
     * name (unique in the contest regardless of case and width), track, eligibility answers and consent. Without
     * required approval the team is approved at once, otherwise it waits for the organiser.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public RegisteredTeam register(long contestId, TeamRegistration registration, Enrolment enrolment) {
        AppPrincipal me = CurrentUser.require();
        Policy policy = registrations.policy(contestId);
        policy.requireRegistrationOpen(clock.instant(), me.zone(), me.locale());
        if (registration.solo() && !policy.soloAllowed()) {
            throw new UserFacingException("team.error.soloNotAllowed");
        }
        if (members.existsByContestIdAndUserId(contestId, me.userId())) {
            throw new UserFacingException("team.error.alreadyInTeam");
        }
        TeamName name = TeamName.of(registration.name());
        String description = description(registration.description());
        checkTrack(policy.contest(), registration.trackId());
        if (teams.existsByContestIdAndNameKey(contestId, name.key())) {
            throw new UserFacingException("team.error.nameTaken", name.display());
        }
        TeamStatus status = policy.approvalRequired() ? TeamStatus.PENDING : TeamStatus.APPROVED;
        Team team;
        try {
            team = teams.saveAndFlush(new Team(contestId, name, description, registration.trackId(),
                    registration.solo(), me.userId(), status, newInviteCode(), clock.instant()));
        } catch (DataIntegrityViolationException violation) {
            if (Constraints.violated(violation, "team_name_unique")) {
                throw new UserFacingException("team.error.nameTaken", name.display());
            }
            throw violation;
        }
        registrations.enrol(team, me, enrolment, policy);
        return new RegisteredTeam(team.getId(), team.getInviteCode(), team.getStatus());
    }

    /**
     * Joins the team whose invite code the caller got from its leader, answering the contest's eligibility
     * questions. Refused when the caller already has a team there, the team is full, a solo entry, rejected or
     * disqualified, or membership is locked.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public TeamMembership joinByCode(String inviteCode, Enrolment enrolment) {
        String code = InviteCodes.normalise(inviteCode);
        long teamId = Optional.ofNullable(code).flatMap(teams::findIdByInviteCode)
                .orElseThrow(() -> new UserFacingException("team.error.codeUnknown"));
        return join(teamId, CurrentUser.require(), enrolment);
    }

    /** The caller's team in the contest; empty for anonymous callers and people without a team there. */
    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<TeamMembership> myTeam(long contestId) {
        return CurrentUser.get()
                .flatMap(me -> members.findByContestIdAndUserId(contestId, me.userId())
                        .flatMap(member -> teams.findById(member.getTeamId()))
                        .map(team -> Registrations.membership(team, me.userId())));
    }

    /** The members of a team, leader first, for its members, the contest's organisers and administrators. */
    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<TeamMember> members(long teamId) {
        return registrations.teamMembers(visibleTeam(teamId));
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private TeamMembership join(long teamId, AppPrincipal me, Enrolment enrolment) {
        Team team = registrations.lock(teamId);
        Policy policy = registrations.policy(team.getContestId());
        policy.requireUnlocked(clock.instant(), me.zone(), me.locale());
        if (team.getStatus() == TeamStatus.REJECTED || team.getStatus() == TeamStatus.DISQUALIFIED) {
            throw new UserFacingException("team.error.teamClosed");
        }
        List<TeamMember> before = registrations.teamMembers(team);
        registrations.enrol(team, me, enrolment, policy);
        mails.toMembers(before, teamId, "member-joined", Map.of("team", team.getName(), "member", me.displayName(),
                "memberId", Long.toString(me.userId())));
        return Registrations.membership(team, me.userId());
    }

    /** A team the caller belongs to or organises; {@code NotFoundException} otherwise, like a missing one. */
    private Team visibleTeam(long teamId) {
        Team team = teams.findById(teamId).orElseThrow(NotFoundException::new);
        boolean member = CurrentUser.get()
                .map(me -> members.findByTeamIdAndUserId(teamId, me.userId()).isPresent()).orElse(false);
        if (!member && !contests.canManage(team.getContestId())) {
            throw new NotFoundException();
        }
        return team;
    }

    private String newInviteCode() {
        String code = InviteCodes.generate();
        while (teams.existsByInviteCode(code)) {
            code = InviteCodes.generate();
        }
        return code;
    }

    private static String description(String typed) {
        String description = typed == null ? null : typed.strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new UserFacingException("team.error.descriptionLength", MAX_DESCRIPTION);
        }
        return description == null || description.isEmpty() ? null : description;
    }

    private static void checkTrack(ContestPage contest, Long trackId) {
        if (trackId == null) {
            if (!contest.tracks().isEmpty()) {
                throw new UserFacingException("team.error.trackRequired");
            }
        } else if (contest.tracks().stream().noneMatch(track -> track.id() == trackId)) {
            throw new UserFacingException("team.error.trackUnknown");
        }
    }
}
