package org.opencontest.submission.internal;

import java.util.Map;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.MailRequested;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.submission.VersionSubmitted;
import org.opencontest.team.TeamMember;
import org.opencontest.team.TeamMemberships;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the signed receipt of a new version to every member of its team, in their language. Runs after the submit
 * commits, so a submit never waits for (or fails on) the mail; the publication registry retries it if it fails.
 */
@Component
class ReceiptMails {

    static final String TEMPLATE = "submission.receipt";
    /** Mails must stay small (see MailRequested); longer receipts are linked, not inlined. */
    private static final int MAX_INLINE_RECEIPT = 5000;

    private final VersionRepository versions;
    private final SubmissionDtos dtos;
    private final ContestService contests;
    private final TeamMemberships teams;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    ReceiptMails(VersionRepository versions, SubmissionDtos dtos, ContestService contests, TeamMemberships teams,
                 ApplicationEventPublisher events, @Value("${opencontest.base-url}") String baseUrl) {
        this.versions = versions;
        this.dtos = dtos;
        this.contests = contests;
        this.teams = teams;
        this.events = events;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(VersionSubmitted submitted) {
        SystemIdentity.run(() -> {
            SubmissionVersion version = versions.findById(submitted.versionId()).orElseThrow();
            ContestPage contest = contests.page(submitted.contestId());
            String document = dtos.receipt(version).document();
            for (TeamMember recipient : teams.members(submitted.teamId())) {
                events.publishEvent(new MailRequested(recipient.email(), recipient.locale(), TEMPLATE, Map.of(
                        "name", recipient.displayName(),
                        "team", submitted.teamName(),
                        "contest", contest.title().in(recipient.locale()),
                        "version", Integer.toString(version.getNumber()),
                        "submittedAt", String.join(" / ", ZoneDisplay.format(version.getSubmittedAt(),
                                contest.zone(), contest.zone(), recipient.locale())),
                        "link", baseUrl + "/receipts/" + version.getId(),
                        "verifyLink", baseUrl + "/verify",
                        "receipt", document.length() <= MAX_INLINE_RECEIPT ? document : "")));
            }
        });
    }
}
