package org.opencontest.team;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestPage;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.internal.Member;
import org.opencontest.team.internal.MemberRepository;
import org.opencontest.team.internal.OrganiserAccess;
import org.opencontest.team.internal.Registrations;
import org.opencontest.team.internal.Team;
import org.opencontest.team.internal.TeamMails;
import org.opencontest.team.internal.TeamRepository;
import org.opencontest.team.internal.TeamSpecifications;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' (and administrators') review of a contest's teams: the list with filters, details, approval
 * decisions and disqualification. A contest or team the caller does not organise answers {@link NotFoundException},
 * like a missing one. Decisions quote the team version the organiser saw, are mailed to the team's members and are
 * recorded in the audit trail.
 */
@Service
public class TeamReview implements TeamRoster {

    static final String APPROVED = "team.approved";
    static final String REJECTED = "team.rejected";
    static final String DISQUALIFIED = "team.disqualified";
    static final int MAX_REASON = 2000;
    private static final Sort DEFAULT_ORDER = Sort.by(Sort.Direction.DESC, "createdAt");
    private static final Set<String> SORTABLE = Set.of("name", "status", "memberCount", "createdAt");

    private final Registrations registrations;
    private final OrganiserAccess access;
    private final TeamRepository teams;
    private final MemberRepository members;
    private final TeamMails mails;
    private final AuditLog audit;
    private final Clock clock;

    TeamReview(Registrations registrations, OrganiserAccess access, TeamRepository teams, MemberRepository members,
               TeamMails mails, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.access = access;
        this.teams = teams;
        this.members = members;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<TeamRow> find(long contestId, TeamQuery query, Pageable pageable) {
        ContestPage contest = access.contest(contestId);
        boolean sortable = pageable.getSort().stream().allMatch(order -> SORTABLE.contains(order.getProperty()));
        Pageable ordered = new OffsetPageRequest(pageable.getOffset(), pageable.getPageSize(),
                pageable.getSort().isSorted() && sortable ? pageable.getSort().and(DEFAULT_ORDER) : DEFAULT_ORDER);
        List<Team> page = teams.findAll(TeamSpecifications.matching(contestId, query, contest.teamSizeMin(),
                contest.teamSizeMax()), ordered).getContent();
        Map<Long, Long> leaderIds = page.stream().collect(Collectors.toMap(Team::getId, Team::getLeaderId));
        Map<Long, String> leaders = members.findByTeamIdIn(leaderIds.keySet()).stream()
                .filter(member -> leaderIds.get(member.getTeamId()) == member.getUserId())
                .collect(Collectors.toMap(Member::getTeamId, Member::getDisplayName));
        return page.stream().map(team -> new TeamRow(team.getId(), team.getName(), team.getStatus(),
                team.getTrackId(), team.getMemberCount(), team.isSolo(), leaders.getOrDefault(team.getId(), ""),
                team.getCreatedAt())).toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long count(long contestId, TeamQuery query) {
        ContestPage contest = access.contest(contestId);
        return teams.count(TeamSpecifications.matching(contestId, query, contest.teamSizeMin(),
                contest.teamSizeMax()));
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public TeamDetail detail(long teamId) {
        return registrations.detail(access.team(teamId));
    }

    /** Approves a pending (or earlier rejected) team and tells its members. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamDetail approve(long teamId, long expectedVersion) {
        Team team = access.team(teamId, expectedVersion);
        requireStatus(team, TeamStatus.PENDING, TeamStatus.REJECTED);
        return decide(team, TeamStatus.APPROVED, null, APPROVED, "approved");
    }

    /** Rejects a pending (or approved) team; the reason is mailed to every member. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamDetail reject(long teamId, long expectedVersion, String reason) {
        Team team = access.team(teamId, expectedVersion);
        requireStatus(team, TeamStatus.PENDING, TeamStatus.APPROVED);
        return decide(team, TeamStatus.REJECTED, reason(reason), REJECTED, "rejected");
    }

    /** Disqualifies a team, for any status but disqualified; the reason is mailed and kept in the audit trail. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public TeamDetail disqualify(long teamId, long expectedVersion, String reason) {
        Team team = access.team(teamId, expectedVersion);
        requireStatus(team, TeamStatus.PENDING, TeamStatus.APPROVED, TeamStatus.REJECTED);
        return decide(team, TeamStatus.DISQUALIFIED, reason(reason), DISQUALIFIED, "disqualified");
    }

    private TeamDetail decide(Team team, TeamStatus status, String reason, String action, String template) {
        team.decide(status, reason, clock.instant());
        audit.record(action, subject(team), reason);
        Map<String, String> model = new HashMap<>(Map.of("team", team.getName(), "status", status.name()));
        if (reason != null) {
            model.put("reason", reason);
        }
        mails.toMembers(registrations.teamMembers(team), team.getId(), template, model);
        teams.flush();
        return registrations.detail(team);
    }

    private static void requireStatus(Team team, TeamStatus... allowed) {
        if (!List.of(allowed).contains(team.getStatus())) {
            throw new UserFacingException("team.error.notDecidable");
        }
    }

    private static String reason(String typed) {
        return OrganiserAccess.required(typed, MAX_REASON, "team.decision.error.reason");
    }

    private static String subject(Team team) {
        return "contest:" + team.getContestId() + " team:" + team.getId() + " " + team.getName();
    }
}
