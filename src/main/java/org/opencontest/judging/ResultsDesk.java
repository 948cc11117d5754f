package org.opencontest.judging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.judging.internal.AwardDetail;
import org.opencontest.judging.internal.JudgingAward;
import org.opencontest.judging.internal.JudgingAwardRepository;
import org.opencontest.judging.internal.JudgingLogWriter;
import org.opencontest.judging.internal.ResultsPublication;
import org.opencontest.judging.internal.ResultsPublicationRepository;
import org.opencontest.judging.internal.ResultsPublished;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.submission.SubmittedVersions;
import org.opencontest.submission.VersionDetail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's side of results: awards (the contest's prizes and special awards), whether teams see their scores,
 * and publication. Every award decision is appended to the contest's judging log in the same transaction. Results
 * are published only once the server clock has the contest in its results phase; publishing twice changes nothing
 * and tells the teams once. Awards are final once published.
 */
@Service
public class ResultsDesk {

    static final int MAX_REASON = 2000;
    static final int MAX_NAME = 200;

    private final JudgingAwardRepository awards;
    private final ResultsPublicationRepository publications;
    private final JudgingLogWriter log;
    private final ContestService contests;
    private final SubmittedVersions submissions;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ResultsDesk(JudgingAwardRepository awards, ResultsPublicationRepository publications, JudgingLogWriter log,
            ContestService contests, SubmittedVersions submissions, ApplicationEventPublisher events, AuditLog audit,
            Clock clock) {
        this.awards = awards;
        this.publications = publications;
        this.log = log;
        this.contests = contests;
        this.submissions = submissions;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ResultsState state(long contestId) {
        ContestPage contest = managed(contestId);
        ResultsPublication publication = publications.findById(contestId)
                .orElseGet(() -> new ResultsPublication(contestId, now()));
        return new ResultsState(contest, publication.getVersion(), publication.getPublishedAt(),
                publication.isShowScoresToTeams(), inResultsPhase(contest),
                awards.findInGalleryOrder(contestId).stream().map(ResultsDesk::detail).toList());
    }

    /** Gives a prize or a special award to a submitted version of the contest, with the reason on record. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public AwardDetail award(long contestId, AwardInput input) {
        ContestPage contest = managed(contestId);
        refuseIfPublished(contestId);
        if (input.reason().isEmpty() || input.reason().length() > MAX_REASON) {
            throw new UserFacingException("judging.results.award.error.reason", MAX_REASON);
        }
        VersionDetail version = submissions.version(input.versionId());
        if (version.summary().contestId() != contestId) {
            throw new NotFoundException();
        }
        LocalizedText name;
        Integer rank;
        if (input.prizePosition() != null) {
            int position = input.prizePosition();
            if (position < 0 || position >= contest.prizes().size()) {
                throw new NotFoundException();
            }
            name = contest.prizes().get(position).title();
            rank = position + 1;
            if (awards.existsByContestIdAndPrizePositionAndVersionId(contestId, position, input.versionId())) {
                throw new UserFacingException("judging.results.award.error.duplicate");
            }
        } else {
            name = input.specialName();
            if (name.isEmpty() || name.en().length() > MAX_NAME || name.zh().length() > MAX_NAME) {
                throw new UserFacingException("judging.results.award.error.specialName", MAX_NAME);
            }
            rank = null;
            if (awards.existsByContestIdAndNameEnAndVersionId(contestId, name.en(), input.versionId())) {
                throw new UserFacingException("judging.results.award.error.duplicate");
            }
        }
        var summary = version.summary();
        var entry = new JudgingAward.AwardedVersion(summary.submissionId(), summary.id(), summary.teamId(),
                summary.teamName(), new LocalizedText(version.input().titleEn(), version.input().titleZh()),
                new LocalizedText(version.input().abstractEn(), version.input().abstractZh()));
        Instant now = now();
        var grant = new JudgingAward.Grant(contestId, input.prizePosition(), name, rank, entry, input.reason(),
                CurrentUser.requireId(), now);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("award", name.en().isEmpty() ? name.zh() : name.en());
        content.put("rank", rank == null ? "special" : rank);
        content.put("version", summary.id());
        content.put("team", summary.teamId());
        content.put("reason", input.reason());
        content.put("by", grant.decidedBy());
        content.put("at", now.toString());
        long sequence = log.append(contestId, "AWARD", content).position();
        JudgingAward saved = awards.saveAndFlush(new JudgingAward(grant, sequence));
        audit.record("judging.results.award.decided", "award:" + saved.getId(),
                "contest " + contestId + ": " + content.get("award") + " to team " + summary.teamId());
        return detail(saved);
    }

    /** Whether teams see their scores beside the judges' comments; may change after publication too. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ResultsState showScoresToTeams(long contestId, long expectedVersion, boolean show) {
        managed(contestId);
        ResultsPublication publication = current(contestId, expectedVersion);
        publication.showScoresToTeams(show, now());
        publications.saveAndFlush(publication);
        return state(contestId);
    }

    /**
     * Makes the results public: only in (or after) the contest's results phase by the server clock. Publishing again
     * is allowed and changes nothing; teams are told once, through {@link ResultsPublished}.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public ResultsState publish(long contestId) {
        ContestPage contest = managed(contestId);
        if (!inResultsPhase(contest)) {
            throw new UserFacingException("judging.results.error.notResultsPhase");
        }
        ResultsPublication publication = publications.findById(contestId)
                .orElseGet(() -> new ResultsPublication(contestId, now()));
        Instant now = now();
        if (publication.publish(CurrentUser.requireId(), now)) {
            publications.saveAndFlush(publication);
            log.append(contestId, "RESULTS_PUBLISHED", Map.of("awards", awards.findInGalleryOrder(contestId).size(),
                    "by", CurrentUser.requireId(), "at", now.toString()));
            audit.record("judging.results.published", "contest:" + contestId, contest.slug());
            events.publishEvent(new ResultsPublished(contestId, contest.slug()));
        }
        return state(contestId);
    }

    /** Microseconds, as both databases store them, so what is returned equals what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private ResultsPublication current(long contestId, long expectedVersion) {
        ResultsPublication publication = publications.findById(contestId)
                .orElseGet(() -> new ResultsPublication(contestId, now()));
        if (publication.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        return publication;
    }

    private void refuseIfPublished(long contestId) {
        if (publications.existsByContestIdAndPublishedAtIsNotNull(contestId)) {
            throw new UserFacingException("judging.results.error.published");
        }
    }

    private boolean inResultsPhase(ContestPage contest) {
        Instant now = now();
        return contest.timeline().phase(PhaseKind.RESULTS).filter(phase -> !now.isBefore(phase.opens())).isPresent();
    }

    private ContestPage managed(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
        return contests.page(contestId);
    }

    private static AwardDetail detail(JudgingAward award) {
        return new AwardDetail(award.getId(), award.getName(), award.getRank(), award.getPrizePosition() == null,
                award.getVersionId(), award.getTeamId(), award.getTeamName(), award.getTitle(), award.getReason(),
                award.getDecidedAt());
    }
}
