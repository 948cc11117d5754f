package org.opencontest.team.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.contest.ContestPage;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.team.ContestAudience;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages from a contest's organisers (and administrators) to its teams, by team status, and the record of what
 * was sent. A contest the caller does not organise answers {@link NotFoundException}, like a missing one.
 */
@Service
public class TeamMessaging implements ContestAudience {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 5000;

    private final Registrations registrations;
    private final OrganiserAccess access;
    private final TeamRepository teams;
    private final TeamMessageRepository messages;
    private final MemberRepository members;
    private final TeamMails mails;
    private final Clock clock;

    TeamMessaging(Registrations registrations, OrganiserAccess access, TeamRepository teams,
                  TeamMessageRepository messages, MemberRepository members, TeamMails mails, Clock clock) {
        this.registrations = registrations;
        this.access = access;
        this.teams = teams;
        this.messages = messages;
        this.members = members;
        this.mails = mails;
        this.clock = clock;
    }

    /** How many people a message to teams with this status (null: all teams) would reach. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public int recipients(long contestId, TeamStatus status) {
        access.requireManaged(contestId);
        return recipientTeams(contestId, status).stream().mapToInt(Team::getMemberCount).sum();
    }

    /**
     * Mails the message to every member of the contest's teams with that status (null: all teams), each in the
     * template of their language. The mails are requested in this transaction, so the notification outbox holds
     * them even while SMTP is down; returns the number of recipients.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public int message(long contestId, TeamStatus status, String subject, String body) {
        ContestPage contest = access.contest(contestId);
        String cleanSubject = OrganiserAccess.required(subject, MAX_SUBJECT, "team.message.error.subject");
        String cleanBody = OrganiserAccess.required(body, MAX_BODY, "team.message.error.body");
        TeamMessage message = messages.saveAndFlush(new TeamMessage(contestId, status, cleanSubject, cleanBody,
                CurrentUser.requireId(), clock.instant()));
        int sent = 0;
        for (Team team : recipientTeams(contestId, status)) {
            List<TeamMember> recipients = registrations.teamMembers(team);
            mails.toMembers(recipients, team.getId(), "message", Map.of("subject", cleanSubject, "body", cleanBody,
                    "team", team.getName(), "messageId", Long.toString(message.getId())),
                    locale -> Map.of("contest", contest.title().in(locale)));
            sent += recipients.size();
        }
        message.countRecipients(sent);
        return sent;
    }

    /** The contest's latest messages, newest first. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SentMessage> sentMessages(long contestId) {
        access.requireManaged(contestId);
        return messages.findTop20ByContestIdOrderBySentAtDesc(contestId).stream()
                .map(m -> new SentMessage(m.getId(), m.getStatus(), m.getSubject(), m.getRecipients(), m.getSentAt()))
                .toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<TeamMember> registeredMembers(long contestId) {
        access.requireManaged(contestId);
        Map<Long, Team> registered = teams.findByContestIdOrderByCreatedAtAsc(contestId).stream()
                .filter(team -> team.getStatus() == TeamStatus.PENDING || team.getStatus() == TeamStatus.APPROVED)
                .collect(Collectors.toMap(Team::getId, Function.identity()));
        if (registered.isEmpty()) {
            return List.of();
        }
        return members.findByTeamIdIn(registered.keySet()).stream()
                .map(member -> new TeamMember(member.getUserId(), member.getDisplayName(), member.getEmail(),
                        member.getLocale(), registered.get(member.getTeamId()).isLedBy(member.getUserId())))
                .toList();
    }

    private List<Team> recipientTeams(long contestId, TeamStatus status) {
        return status == null ? teams.findByContestIdOrderByCreatedAtAsc(contestId)
                : teams.findByContestIdAndStatusOrderByCreatedAtAsc(contestId, status);
    }
}
