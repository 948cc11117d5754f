package org.opencontest.evaluation.internal;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMemberships;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails each member of the team when its entry is scored (with the public score; the private one is never sent) or
 * failed (with the note, in the member's language). Runs after the result committed, so a mail problem never touches
 * the score; the publication registry retries it.
 */
@Component
class ScoreNotices {

    static final String SCORED = "evaluation.scored";
    static final String FAILED = "evaluation.failed";

    private final EvaluationEntryRepository entries;
    private final EvaluatedTrackRepository tracks;
    private final ContestService contests;
    private final TeamMemberships teams;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    ScoreNotices(EvaluationEntryRepository entries, EvaluatedTrackRepository tracks, ContestService contests,
                 TeamMemberships teams, ApplicationEventPublisher events,
                 @Value("${opencontest.base-url}") String baseUrl) {
        this.entries = entries;
        this.tracks = tracks;
        this.contests = contests;
        this.teams = teams;
        this.events = events;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(EntryFinished finished) {
        SystemIdentity.run(() -> {
            EvaluationEntry entry = entries.findById(finished.entryId()).orElseThrow();
            int precision = tracks.findById(entry.getTrackRef()).orElseThrow().settings().precision();
            ContestPage contest = contests.page(entry.getContestId());
            boolean scored = entry.getStatus() == EvaluationEntry.Status.SCORED;
            for (TeamMember member : teams.members(entry.getTeamId())) {
                Locale locale = member.locale();
                events.publishEvent(new MailRequested(member.email(), locale, scored ? SCORED : FAILED, Map.of(
                        "name", member.displayName(),
                        "team", entry.getTeamName(),
                        "contest", contest.title().in(locale),
                        "version", Integer.toString(entry.getVersionNo()),
                        "score", scored ? score(entry.getPublicScore(), precision, locale) : "",
                        "note", scored || entry.getError() == null ? "" : entry.getError().in(locale),
                        "entry", Long.toString(entry.getId()),
                        "link", baseUrl + "/contests/" + contest.slug() + "/leaderboard")));
            }
        });
    }

    private static String score(Double value, int precision, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(SupportedLocales.isChinese(locale)
                ? SupportedLocales.CHINESE : Locale.ENGLISH);
        format.setMinimumFractionDigits(precision);
        format.setMaximumFractionDigits(precision);
        return format.format(value);
    }
}
