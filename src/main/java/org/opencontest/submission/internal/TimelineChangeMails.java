package org.opencontest.submission.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.TimelineChanged;
import org.opencontest.contest.TimelineShift;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.net.PublicBaseUrl;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMemberships;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every member of each team that has not submitted yet, in their language, that registration or submission
 * now ends sooner, with the organiser's reason. Runs after the change commits, outside any request, so the system
 * identity may read the teams; a team that has submitted keeps its entry and is not mailed.
 */
@Component
class TimelineChangeMails {

    static final String TEMPLATE = "submission.timeline-shortened";

    private final ContestService contests;
    private final UnsubmittedTeams unsubmitted;
    private final TeamMemberships memberships;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final PublicBaseUrl baseUrl;

    TimelineChangeMails(ContestService contests, UnsubmittedTeams unsubmitted, TeamMemberships memberships,
                        MessageSource messages, ApplicationEventPublisher events,
                        PublicBaseUrl baseUrl) {
        this.contests = contests;
        this.unsubmitted = unsubmitted;
        this.memberships = memberships;
        this.messages = messages;
        this.events = events;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(TimelineChanged changed) {
        if (!changed.shortensTeamPhases()) {
            return;
        }
        SystemIdentity.run(() -> {
            ContestPage contest = contests.page(changed.contestId());
            for (long teamId : unsubmitted.teamIds(changed.contestId())) {
                for (TeamMember member : memberships.members(teamId)) {
                    Locale locale = SupportedLocales.closest(member.locale());
                    events.publishEvent(new MailRequested(member.email(), member.locale(), TEMPLATE, Map.of(
                            "name", member.displayName(),
                            "contest", contest.title().in(locale),
                            "changes", changes(changed, contest.zone(), locale),
                            "reason", changed.reason(),
                            "changedAt", changed.at().toString(),
                            "link", baseUrl.link("/contests/" + contest.slug()))));
                }
            }
        });
    }

    private String changes(TimelineChanged changed, ZoneId zone, Locale locale) {
        return changed.shifts().stream().map(shift -> messages.getMessage("contest.change.shift", new Object[] {
                messages.getMessage(shift.messageKey(), new Object[] {shift.kind()}, locale),
                at(shift.from(), zone, locale), at(shift.to(), zone, locale)}, locale))
                .collect(Collectors.joining("\n"));
    }

    private String at(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? messages.getMessage("contest.change.none", null, locale)
                : DateTimes.format(instant, zone, locale) + " (" + zone.getId() + ")";
    }
}
