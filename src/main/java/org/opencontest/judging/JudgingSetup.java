package org.opencontest.judging;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.internal.Criterion;
import org.opencontest.judging.internal.JudgingCriterion;
import org.opencontest.judging.internal.JudgingLogWriter;
import org.opencontest.judging.internal.JudgingRound;
import org.opencontest.judging.internal.JudgingRoundRepository;
import org.opencontest.judging.internal.JudgingRubric;
import org.opencontest.judging.internal.JudgingRubricRepository;
import org.opencontest.judging.internal.RankingSettings;
import org.opencontest.judging.internal.Rubric;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.Roles;
import org.opencontest.submission.ContestStages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rubrics and rounds for the contest's organisers (and administrators). A contest the caller does not organise
 * answers {@link NotFoundException}, like a missing one. A round's method (rubric, blindness, judges per entry,
 * aggregation and tie-break order) is fixed once its first sheet is submitted; its name, deadline and advancement
 * rule stay editable.
 */
@Service
public class JudgingSetup {

    static final String RUBRIC_SAVED = "judging.rubric.saved";
    static final String ROUND_SAVED = "judging.round.saved";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_NAME = 120;
    private static final int MAX_TEXT = 2000;
    private static final int MAX_LEVEL = 400;

    private final JudgingRubricRepository rubrics;
    private final JudgingRoundRepository rounds;
    private final JudgingLogWriter log;
    private final ContestService contests;
    private final ContestStages stages;
    private final AuditLog audit;
    private final Clock clock;

    JudgingSetup(JudgingRubricRepository rubrics, JudgingRoundRepository rounds, JudgingLogWriter log,
            ContestService contests, ContestStages stages, AuditLog audit, Clock clock) {
        this.stages = stages;
        this.rubrics = rubrics;
        this.rounds = rounds;
        this.log = log;
        this.contests = contests;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<RubricDetail> rubrics(long contestId) {
        requireManaged(contestId);
        return rubrics.findByContestIdOrderById(contestId).stream().map(this::detail).toList();
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public RubricDetail createRubric(long contestId, RubricInput input) {
        requireManaged(contestId);
        JudgingRubric rubric = new JudgingRubric(contestId, clock.instant());
        apply(rubric, input);
        JudgingRubric saved = rubrics.saveAndFlush(rubric);
        audit.record(RUBRIC_SAVED, "rubric:" + saved.getId(), "contest " + contestId + ": " + input.name().strip());
        return detail(saved);
    }

    /** Replaces the rubric's name and criteria; refused once a round using it has a submitted sheet. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public RubricDetail updateRubric(long rubricId, long expectedVersion, RubricInput input) {
        JudgingRubric rubric = rubrics.findById(rubricId).orElseThrow(NotFoundException::new);
        requireManaged(rubric.getContestId());
        if (rubric.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        if (rounds.existsByRubricIdAndLockedAtIsNotNull(rubricId)) {
            throw new UserFacingException("judging.rubric.error.locked");
        }
        apply(rubric, input);
        JudgingRubric saved = rubrics.saveAndFlush(rubric);
        audit.record(RUBRIC_SAVED, "rubric:" + rubricId, "updated: " + input.name().strip());
        return detail(saved);
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<RoundDetail> rounds(long contestId) {
        requireManaged(contestId);
        return rounds.findByContestIdOrderByPosition(contestId).stream().map(JudgingRound::toDetail).toList();
    }

    /** The contest's submission stage names by position, for linking a round to a stage. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<LocalizedText> stageNames(long contestId) {
        requireManaged(contestId);
        return stages.stageNames(contestId);
    }

    /** Adds a round after the existing ones (preliminary, then final, …). */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public RoundDetail createRound(long contestId, RoundInput input) {
        requireManaged(contestId);
        validate(contestId, input);
        int position = rounds.findByContestIdOrderByPosition(contestId).size() + 1;
        // the bootstrap seed is fixed per round so that its figures never change between page views
        JudgingRound round = new JudgingRound(contestId, position, clock.instant().toEpochMilli(), clock.instant());
        round.changeMethod(input);
        round.changeSchedule(input, clock.instant());
        JudgingRound saved = rounds.saveAndFlush(round);
        log.open(contestId);
        audit.record(ROUND_SAVED, "round:" + saved.getId(), describe(contestId, input));
        return saved.toDetail();
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public RoundDetail updateRound(long roundId, long expectedVersion, RoundInput input) {
        JudgingRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        requireManaged(round.getContestId());
        if (round.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        validate(round.getContestId(), input);
        RoundInput current = round.toInput();
        boolean methodChanged = current.rubricId() != input.rubricId() || current.blind() != input.blind()
                || current.judgesPerEntry() != input.judgesPerEntry()
                || !sameAggregation(current.aggregation(), input.aggregation())
                || !java.util.Objects.equals(current.stage(), input.stage());
        if (methodChanged && round.getLockedAt() != null) {
            throw new UserFacingException("judging.round.error.locked");
        }
        round.changeMethod(input);
        round.changeSchedule(input, clock.instant());
        JudgingRound saved = rounds.saveAndFlush(round);
        audit.record(ROUND_SAVED, "round:" + roundId, describe(round.getContestId(), input));
        return saved.toDetail();
    }

    private void apply(JudgingRubric rubric, RubricInput input) {
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new UserFacingException("judging.rubric.error.name", MAX_NAME);
        }
        List<Criterion> maths = new ArrayList<>();
        for (CriterionInput criterion : input.criteria()) {
            if (criterion.key() == null || !KEY.matcher(criterion.key()).matches()) {
                throw new UserFacingException("judging.rubric.error.key", String.valueOf(criterion.key()));
            }
            if (criterion.name().en().isEmpty() && criterion.name().zh().isEmpty()
                    || criterion.name().en().length() > 200 || criterion.name().zh().length() > 200) {
                throw new UserFacingException("judging.rubric.error.criterionName", criterion.key());
            }
            if (criterion.description().en().length() > MAX_TEXT || criterion.description().zh().length() > MAX_TEXT) {
                throw new UserFacingException("judging.rubric.error.descriptionLength", criterion.key(), MAX_TEXT);
            }
            if (criterion.weight() == null || criterion.weight().scale() > 3
                    || criterion.weight().compareTo(new BigDecimal("999999")) > 0) {
                throw new UserFacingException("judging.rubric.error.weightNotPositive", criterion.key());
            }
            maths.add(new Criterion(criterion.key(), criterion.weight().doubleValue(), criterion.min(),
                    criterion.max()));
            long levels = (long) criterion.max() - criterion.min() + 1;
            if (!criterion.levels().isEmpty() && criterion.levels().size() != levels) {
                throw new UserFacingException("judging.rubric.error.levelCount", criterion.key(), levels);
            }
            if (criterion.levels().stream().anyMatch(level -> level.en().length() > MAX_LEVEL
                    || level.zh().length() > MAX_LEVEL || level.en().contains("\n") || level.zh().contains("\n"))) {
                throw new UserFacingException("judging.rubric.error.levelText", criterion.key(), MAX_LEVEL);
            }
        }
        new Rubric(maths);
        rubric.rename(name, clock.instant());
        if (rubric.getId() != null) {
            // Hibernate inserts before it deletes: remove the old criteria first so their keys are free again
            rubric.replaceCriteria(List.of());
            rubrics.flush();
        }
        List<JudgingCriterion> rows = new ArrayList<>();
        for (int i = 0; i < input.criteria().size(); i++) {
            rows.add(new JudgingCriterion(rubric, i + 1, input.criteria().get(i)));
        }
        rubric.replaceCriteria(rows);
    }

    private void validate(long contestId, RoundInput input) {
        if (input.name().en().isEmpty() && input.name().zh().isEmpty()
                || input.name().en().length() > MAX_NAME || input.name().zh().length() > MAX_NAME) {
            throw new UserFacingException("judging.round.error.name", MAX_NAME);
        }
        JudgingRubric rubric = rubrics.findById(input.rubricId()).orElseThrow(NotFoundException::new);
        if (rubric.getContestId() != contestId) {
            throw new NotFoundException();
        }
        if (input.judgesPerEntry() < 1 || input.judgesPerEntry() > 20) {
            throw new UserFacingException("judging.round.error.judgesPerEntry", input.judgesPerEntry());
        }
        if (input.advanceCount() != null && input.advanceThreshold() != null) {
            throw new UserFacingException("judging.round.error.advanceBoth");
        }
        if (input.advanceCount() != null && input.advanceCount() < 1) {
            throw new UserFacingException("judging.round.error.advanceCount", input.advanceCount());
        }
        if (input.advanceThreshold() != null && (input.advanceThreshold().signum() < 0
                || input.advanceThreshold().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new UserFacingException("judging.round.error.advanceThreshold", input.advanceThreshold());
        }
        if (input.stage() != null && (input.stage() < 1 || input.stage() > stages.stageNames(contestId).size())) {
            throw new UserFacingException("judging.round.error.stage", input.stage());
        }
        Aggregation aggregation = input.aggregation();
        if (aggregation == null || aggregation.trimFraction() == null || aggregation.disagreementThreshold() == null) {
            throw new UserFacingException("judging.round.error.aggregation");
        }
        // the ranking maths validates its own settings with translated messages
        new RankingSettings(aggregation.normalise(),
                aggregation.trimFraction().doubleValue(), aggregation.minSheetsPerJudge(),
                aggregation.disagreementThreshold().doubleValue(), aggregation.topN(),
                aggregation.bootstrapSamples(), 0, aggregation.tieBreakers());
    }

    private static boolean sameAggregation(Aggregation a, Aggregation b) {
        return a.normalise() == b.normalise() && a.trimFraction().compareTo(b.trimFraction()) == 0
                && a.minSheetsPerJudge() == b.minSheetsPerJudge()
                && a.disagreementThreshold().compareTo(b.disagreementThreshold()) == 0 && a.topN() == b.topN()
                && a.bootstrapSamples() == b.bootstrapSamples() && a.tieBreakers().equals(b.tieBreakers());
    }

    private static String describe(long contestId, RoundInput input) {
        Aggregation a = input.aggregation();
        return "contest " + contestId + ": " + input.name().en() + " / " + input.name().zh() + ", rubric "
                + input.rubricId() + ", k=" + input.judgesPerEntry() + (input.blind() ? ", blind" : ", open")
                + (input.stage() == null ? "" : ", stage " + input.stage()) + ", normalise=" + a.normalise() + ", trim=" + a.trimFraction() + ", tie-breakers=" + a.tieBreakers();
    }

    private RubricDetail detail(JudgingRubric rubric) {
        return new RubricDetail(rubric.getId(), rubric.getVersion(), rubric.getContestId(), rubric.getName(),
                rubric.getCriteria().stream().map(JudgingCriterion::toInput).toList(),
                rounds.existsByRubricIdAndLockedAtIsNotNull(rubric.getId()));
    }

    private void requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
    }
}
