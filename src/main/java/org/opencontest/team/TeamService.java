package org.opencontest.team;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.ContestStatus;
import org.opencontest.contest.ContestSummary;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.internal.Constraints;
import org.opencontest.team.internal.InviteCodes;
import org.opencontest.team.internal.InvitePreview;
import org.opencontest.team.internal.Member;
import org.opencontest.team.internal.MemberRepository;
import org.opencontest.team.internal.MergeRequestRepository;
import org.opencontest.team.internal.MyTeam;
import org.opencontest.team.internal.Policy;
import org.opencontest.team.internal.RegistrationInfo;
import org.opencontest.team.internal.Registrations;
import org.opencontest.team.internal.Team;
import org.opencontest.team.internal.TeamMails;
import org.opencontest.team.internal.TeamName;
import org.opencontest.team.internal.TeamPage;
import org.opencontest.team.internal.TeamRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams for participants: register a team (the caller leads it), join one with its invite code, leave, and for
 * leaders remove members and hand over leadership; plus the membership facts other modules ask for. Every change of
 * a team's membership holds the team's row lock, so size limits hold under concurrent joins. A team the caller
 * does not belong to answers {@link NotFoundException}, like a missing one.
 */
@Service
public class TeamService implements TeamMemberships {

    static final int MAX_DESCRIPTION = 2000;

    private final Registrations registrations;
    private final TeamRepository teams;
    private final MemberRepository members;
    private final MergeRequestRepository merges;
    private final ContestService contests;
    private final TeamMails mails;
    private final Clock clock;

    TeamService(Registrations registrations, TeamRepository teams, MemberRepository members,
                MergeRequestRepository merges, ContestService contests,
                TeamMails mails, Clock clock) {
        this.registrations = registrations;
        this.teams = teams;
        this.members = members;
        this.merges = merges;
        this.contests = contests;
        this.mails = mails;
        this.clock = clock;
    }

    // ----- registering and joining ------------------------------------------------------------------------------

    /** What the registration form of the contest shows: deadlines, settings, questions and the caller's team. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public RegistrationInfo registrationInfo(long contestId) {
        AppPrincipal me = CurrentUser.require();
        Policy policy = registrations.policy(contestId);
        Optional<PhaseWindow> registration = policy.registration();
        Instant now = clock.instant();
        boolean open = policy.contest().status() == ContestStatus.PUBLISHED
                && registration.map(phase -> phase.isOpenAt(now)).orElse(false);
        return new RegistrationInfo(policy.contest(), open, registration.map(PhaseWindow::opens).orElse(null),
                registration.map(PhaseWindow::closes).orElse(null), policy.lockAt(), policy.mergeDeadline(),
                policy.soloAllowed(), policy.approvalRequired(), policy.rulesVersion(),
                registrations.questions(contestId), myTeam(me, contestId).orElse(null));
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
        policy.requireRegistrationOpen(clock.instant(), me.zone());
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

    /** The team behind an invite code and what joining it asks, before the caller decides. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public InvitePreview previewCode(String inviteCode) {
        return registrations.preview(teamByCode(inviteCode), null, null);
    }

    /**
     * Joins the team whose invite code the caller got from its leader, answering the contest's eligibility
     * questions. Refused when the caller already has a team there, the team is full, a solo entry, rejected or
     * disqualified, or membership is locked.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public TeamMembership joinByCode(String inviteCode, Enrolment enrolment) {
        return registrations.join(teamByCode(inviteCode).getId(), CurrentUser.require(), enrolment);
    }

    // ----- the caller's teams -----------------------------------------------------------------------------------

    /** The caller's team in the contest; empty for anonymous callers and people without a team there. */
    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<TeamMembership> myTeam(long contestId) {
        return CurrentUser.get().flatMap(me -> myTeam(me, contestId));
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Set<Long> myContestIds() {
        return CurrentUser.get().map(me -> members.findByUserIdOrderByJoinedAtDesc(me.userId()).stream()
                .map(Member::getContestId).collect(Collectors.toSet())).orElse(Set.of());
    }

    @Override
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public List<Long> myTeamIds() {
        return members.findByUserIdOrderByJoinedAtDesc(CurrentUser.requireId()).stream()
                .map(Member::getTeamId).toList();
    }

    /** The members of a team, leader first, for its members, the contest's organisers and administrators. */
    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<TeamMember> members(long teamId) {
        Team team = teams.findById(teamId).orElseThrow(NotFoundException::new);
        boolean member = CurrentUser.get()
                .map(me -> members.findByTeamIdAndUserId(teamId, me.userId()).isPresent()).orElse(false);
        if (!member && !contests.canManage(team.getContestId())) {
            throw new NotFoundException();
        }
        return registrations.teamMembers(team);
    }

    /** All teams of the caller, newest membership first. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public List<MyTeam> myTeams() {
        List<MyTeam> mine = new ArrayList<>();
        for (Member member : members.findByUserIdOrderByJoinedAtDesc(CurrentUser.requireId())) {
            Team team = teams.findById(member.getTeamId()).orElseThrow();
            ContestPage contest = contests.page(team.getContestId());
            mine.add(new MyTeam(team.getId(), contest.id(), contest.slug(), contest.title(), team.getName(),
                    team.getStatus(), team.isLedBy(member.getUserId()), team.getMemberCount(),
                    contest.teamSizeMin(), contest.teamSizeMax(), team.isSolo()));
        }
        return mine;
    }

    /** Published contests whose registration is open now and in which the caller has no team yet. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public List<ContestSummary> openForRegistration() {
        Instant now = clock.instant();
        long me = CurrentUser.requireId();
        return contests.publicContests().current().stream()
                .filter(contest -> contest.status() == ContestStatus.PUBLISHED)
                .filter(contest -> contest.timeline().phase(PhaseKind.REGISTRATION)
                        .map(phase -> phase.isOpenAt(now)).orElse(false))
                .filter(contest -> !members.existsByContestIdAndUserId(contest.id(), me))
                .toList();
    }

    /** The team page for one of its members: members, deadlines and, for the leader, invitations and merges. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public TeamPage teamPage(long teamId) {
        long me = CurrentUser.requireId();
        Team team = teams.findById(teamId).orElseThrow(NotFoundException::new);
        registrations.requireMember(team, me);
        Policy policy = registrations.policy(team.getContestId());
        Instant now = clock.instant();
        boolean leader = team.isLedBy(me);
        List<TeamPage.PendingInvitation> open = !leader ? List.of()
                : registrations.openInvitations(team).stream()
                .map(invitation -> new TeamPage.PendingInvitation(invitation.getId(), invitation.getEmail(),
                        invitation.getCreatedAt(), invitation.getExpiresAt()))
                .toList();
        List<TeamPage.MergeProposal> proposals = merges.findOpenInvolving(teamId).stream()
                .map(request -> {
                    boolean incoming = request.getToTeamId() == teamId;
                    Team other = teams.findById(incoming ? request.getFromTeamId() : request.getToTeamId())
                            .orElseThrow();
                    return new TeamPage.MergeProposal(request.getId(), other.getId(), other.getName(),
                            other.getMemberCount(), incoming, request.getCreatedAt());
                })
                .sorted(Comparator.comparing(TeamPage.MergeProposal::createdAt))
                .toList();
        boolean locked = policy.isLocked(now) || policy.contest().status() != ContestStatus.PUBLISHED;
        boolean mergeOpen = !locked && policy.mergeDeadline() != null && now.isBefore(policy.mergeDeadline());
        return new TeamPage(registrations.detail(team), policy.contest(), leader, locked, mergeOpen,
                policy.lockAt(), policy.mergeDeadline(), open, proposals);
    }

    // ----- membership changes -----------------------------------------------------------------------------------

    /**
     * The caller leaves the team before the lock. A leader with other members must hand over leadership first; a
     * leader alone dissolves the team.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public void leave(long teamId) {
        AppPrincipal me = CurrentUser.require();
        Team team = registrations.lock(teamId);
        Member member = registrations.requireMember(team, me.userId());
        registrations.policy(team.getContestId()).requireUnlocked(clock.instant(), me.zone());
        if (team.isLedBy(me.userId())) {
            if (team.getMemberCount() > 1) {
                throw new UserFacingException("team.error.leaderMustHandOver");
            }
            teams.delete(team);
            return;
        }
        removeAndTell(team, member);
    }

    /** The leader removes another member before the lock; the member and the rest of the team are told. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public void removeMember(long teamId, long userId) {
        AppPrincipal me = CurrentUser.require();
        Team team = registrations.lock(teamId);
        registrations.requireLeader(team, me.userId());
        registrations.policy(team.getContestId()).requireUnlocked(clock.instant(), me.zone());
        if (userId == me.userId()) {
            throw new UserFacingException("team.error.leaderMustHandOver");
        }
        Member member = members.findByTeamIdAndUserId(teamId, userId)
                .orElseThrow(() -> new UserFacingException("team.error.notAMember"));
        removeAndTell(team, member);
        mails.send(member.getEmail(), member.getLocale(), "removed", Map.of("name", member.getDisplayName(),
                "team", team.getName(), "teamId", Long.toString(teamId)));
    }

    /** The leader makes another member the leader (also after the lock: it does not change who is in the team). */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public void handOver(long teamId, long userId) {
        long me = CurrentUser.requireId();
        Team team = registrations.lock(teamId);
        registrations.requireLeader(team, me);
        Member successor = members.findByTeamIdAndUserId(teamId, userId)
                .orElseThrow(() -> new UserFacingException("team.error.notAMember"));
        if (userId == me) {
            return;
        }
        team.handOverTo(userId, clock.instant());
        mails.toMembers(registrations.teamMembers(team), teamId, "leader-changed",
                Map.of("team", team.getName(), "leader", successor.getDisplayName()));
    }

    /** The leader replaces the invite code, e.g. after it was shared too widely; the old code stops working. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public String renewInviteCode(long teamId) {
        Team team = registrations.lock(teamId);
        registrations.requireLeader(team, CurrentUser.requireId());
        team.replaceInviteCode(newInviteCode(), clock.instant());
        return team.getInviteCode();
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private Optional<TeamMembership> myTeam(AppPrincipal me, long contestId) {
        return members.findByContestIdAndUserId(contestId, me.userId())
                .flatMap(member -> teams.findById(member.getTeamId()))
                .map(team -> Registrations.membership(team, me.userId()));
    }

    private Team teamByCode(String inviteCode) {
        return Optional.ofNullable(InviteCodes.normalise(inviteCode)).flatMap(teams::findIdByInviteCode)
                .flatMap(teams::findById)
                .orElseThrow(() -> new UserFacingException("team.error.codeUnknown"));
    }

    private void removeAndTell(Team team, Member member) {
        members.delete(member);
        members.flush();
        team.memberLeft(clock.instant());
        mails.toMembers(registrations.teamMembers(team), team.getId(), "member-left",
                Map.of("team", team.getName(), "member", member.getDisplayName(),
                        "memberId", Long.toString(member.getUserId())));
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
