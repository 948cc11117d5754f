package org.opencontest.judging.internal;

import java.util.Map;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.submission.ContestSubmissions;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMemberships;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every member of every team that submitted to the contest that its results are out, in their language, with
 * the links to the winners gallery and to their own team's feedback. Runs after the publishing transaction commits
 * (through the event publication registry, so a crash re-delivers it); {@link ResultsPublished} is published only
 * the first time, and identical mail requests within a day are stored once, so each person gets one mail.
 */
@Component
class ResultsMails {

    static final String TEMPLATE = "judging.results-published";

    private final ContestService contests;
    private final ContestSubmissions submissions;
    private final TeamMemberships memberships;
    private final ApplicationEventPublisher events;
    private final PublicBaseUrl baseUrl;

    ResultsMails(ContestService contests, ContestSubmissions submissions, TeamMemberships memberships,
            ApplicationEventPublisher events, PublicBaseUrl baseUrl) {
        this.contests = contests;
        this.submissions = submissions;
        this.memberships = memberships;
        this.events = events;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ResultsPublished published) {
        SystemIdentity.run(() -> {
            ContestPage contest = contests.page(published.contestId());
            for (long teamId : submissions.teamNames(published.contestId()).keySet()) {
                for (TeamMember member : memberships.members(teamId)) {
                    events.publishEvent(new MailRequested(member.email(), member.locale(), TEMPLATE, Map.of(
                            "name", member.displayName(),
                            "contest", contest.title().in(member.locale()),
                            "contestId", Long.toString(contest.id()),
                            "link", baseUrl.link("/contests/" + contest.slug() + "/results"),
                            "feedbackLink", baseUrl.link("/contests/" + contest.slug() + "/feedback"))));
                }
            }
        });
    }
}
