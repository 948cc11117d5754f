package org.opencontest.team.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMergeCheck;
import org.opencontest.team.TeamsMerged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two teams of a contest until the merge deadline. One leader proposes to merge their team into another
 * (named by its team name); the other leader accepts, which moves every member over and dissolves the proposing
 * team. Both leaders agree, so nobody is merged against their will. Refused when the merged team would exceed the
 * maximum size, or when another module vetoes it through {@link TeamMergeCheck} (e.g. the submission quota).
 */
@Service
public class TeamMerges {

    static final String MERGED = "team.merged";

    private final Registrations registrations;
    private final TeamRepository teams;
    private final MemberRepository members;
    private final MergeRequestRepository requests;
    private final List<TeamMergeCheck> checks;
    private final ApplicationEventPublisher events;
    private final TeamMails mails;
    private final AuditLog audit;
    private final Clock clock;

    TeamMerges(Registrations registrations, TeamRepository teams, MemberRepository members,
               MergeRequestRepository requests, List<TeamMergeCheck> checks, ApplicationEventPublisher events,
               TeamMails mails, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.teams = teams;
        this.members = members;
        this.requests = requests;
        this.checks = checks;
        this.events = events;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The leader proposes to merge their team into the contest's team of that name; its leader is told. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public TeamPage.MergeProposal propose(long teamId, String otherTeamName) {
        AppPrincipal me = CurrentUser.require();
        Team mine = teams.findById(teamId).orElseThrow(NotFoundException::new);
        registrations.requireLeader(mine, me.userId());
        Policy policy = registrations.policy(mine.getContestId());
        policy.requireMergeOpen(clock.instant(), me.zone());
        Team other = teams.findByContestIdAndNameKey(mine.getContestId(), TeamName.of(otherTeamName).key())
                .orElseThrow(() -> new UserFacingException("team.merge.error.unknownTeam", otherTeamName.strip()));
        if (other.getId().equals(mine.getId())) {
            throw new UserFacingException("team.merge.error.self");
        }
        checkMergeable(policy, other, mine);
        if (requests.existsByFromTeamIdAndToTeamIdAndStatus(mine.getId(), other.getId(), MergeRequest.Status.OPEN)) {
            throw new UserFacingException("team.merge.error.alreadyProposed");
        }
        MergeRequest request = requests.saveAndFlush(new MergeRequest(mine, other, me.userId(), clock.instant()));
        registrations.teamMembers(other).stream().filter(TeamMember::leader).findFirst().ifPresent(leader ->
                mails.send(leader.email(), leader.locale(), "merge-proposed", Map.of("name", leader.displayName(),
                        "team", other.getName(), "other", mine.getName(), "link", mails.teamLink(other.getId()),
                        "requestId", Long.toString(request.getId()))));
        return new TeamPage.MergeProposal(request.getId(), other.getId(), other.getName(), other.getMemberCount(),
                false, request.getCreatedAt());
    }

    /**
     * The receiving leader accepts: with both teams' row locks held, the deadline, statuses, size and other
     * modules' checks are made again, the proposing team's members move over, the proposing team is dissolved and
     * {@link TeamsMerged} is published. Every member of both teams is told.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public void accept(long requestId) {
        AppPrincipal me = CurrentUser.require();
        MergeRequest request = open(requestId);
        // Lock in id order, so that two merges of the same pair cannot deadlock.
        long first = Math.min(request.getFromTeamId(), request.getToTeamId());
        long second = Math.max(request.getFromTeamId(), request.getToTeamId());
        registrations.lock(first);
        registrations.lock(second);
        Team surviving = teams.findById(request.getToTeamId()).orElseThrow(NotFoundException::new);
        Team absorbed = teams.findById(request.getFromTeamId()).orElseThrow(NotFoundException::new);
        registrations.requireLeader(surviving, me.userId());
        Policy policy = registrations.policy(surviving.getContestId());
        policy.requireMergeOpen(clock.instant(), me.zone());
        checkMergeable(policy, surviving, absorbed);
        checks.forEach(check -> check.checkMerge(surviving.getContestId(), surviving.getId(), absorbed.getId()));

        List<TeamMember> before = registrations.teamMembers(surviving);
        List<TeamMember> joining = registrations.teamMembers(absorbed);
        Instant now = clock.instant();
        for (Member member : members.findByTeamIdOrderByJoinedAtAscIdAsc(absorbed.getId())) {
            member.moveTo(surviving);
            surviving.memberJoined(now);
        }
        request.close(MergeRequest.Status.ACCEPTED, now);
        members.flush();
        teams.delete(absorbed);
        teams.flush();
        events.publishEvent(new TeamsMerged(surviving.getContestId(), surviving.getId(), absorbed.getId()));
        audit.record(MERGED, "contest:" + surviving.getContestId() + " team:" + surviving.getId(),
                "absorbed team " + absorbed.getId() + " " + absorbed.getName());
        Map<String, String> model = Map.of("team", surviving.getName(), "other", absorbed.getName(),
                "count", Integer.toString(surviving.getMemberCount()));
        mails.toMembers(before, surviving.getId(), "merged", model);
        mails.toMembers(joining, surviving.getId(), "merged", model);
    }

    /** The receiving leader declines the proposal. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public void decline(long requestId) {
        MergeRequest request = open(requestId);
        registrations.requireLeader(teams.findById(request.getToTeamId()).orElseThrow(NotFoundException::new),
                CurrentUser.requireId());
        request.close(MergeRequest.Status.DECLINED, clock.instant());
    }

    /** The proposing leader withdraws the proposal. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional
    public void withdraw(long requestId) {
        MergeRequest request = open(requestId);
        registrations.requireLeader(teams.findById(request.getFromTeamId()).orElseThrow(NotFoundException::new),
                CurrentUser.requireId());
        request.close(MergeRequest.Status.CANCELLED, clock.instant());
    }

    private MergeRequest open(long requestId) {
        MergeRequest request = requests.findById(requestId).orElseThrow(NotFoundException::new);
        if (request.getStatus() != MergeRequest.Status.OPEN) {
            throw new UserFacingException("team.merge.error.notOpen");
        }
        return request;
    }

    private static void checkMergeable(Policy policy, Team surviving, Team absorbed) {
        Registrations.requireTakingMembers(surviving);
        Registrations.requireTakingMembers(absorbed);
        policy.requireMergeFits(surviving.getMemberCount(), absorbed.getMemberCount());
    }
}
