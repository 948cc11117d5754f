package org.opencontest.judging;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.DatasetLinks;
import org.opencontest.judging.internal.Assignment;
import org.opencontest.judging.internal.AssignmentRepository;
import org.opencontest.judging.internal.CriterionMark;
import org.opencontest.judging.internal.EntryForJudge;
import org.opencontest.judging.internal.Judge;
import org.opencontest.judging.internal.JudgeRepository;
import org.opencontest.judging.internal.JudgingCriterion;
import org.opencontest.judging.internal.JudgingEntry;
import org.opencontest.judging.internal.JudgingEntryRepository;
import org.opencontest.judging.internal.JudgingLogWriter;
import org.opencontest.judging.internal.JudgingRound;
import org.opencontest.judging.internal.JudgingRoundRepository;
import org.opencontest.judging.internal.JudgingRubric;
import org.opencontest.judging.internal.JudgingRubricRepository;
import org.opencontest.judging.internal.ScoreSheet;
import org.opencontest.judging.internal.ScoreSheetRepository;
import org.opencontest.judging.internal.SheetProgress;
import org.opencontest.judging.internal.SheetStatus;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.submission.EntryForReview;
import org.opencontest.submission.PackageInput;
import org.opencontest.submission.SubmissionReviews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring as judges do it: their queue, the scoring page, drafts, submitting, recusal and the entry's files. A judge
 * reaches only their own active assignments (any other id, guessed or not, is "not found"); sheets change only
 * before the round's judging deadline by the server's clock. In blind rounds nothing that names the team reaches
 * the judge ({@link EntryForJudge}). Submitting locks the sheet, fixes the round's method (its first sheet) and
 * appends the sheet to the contest's judging log.
 */
@Service
public class JudgeScoring {

    static final String SUBMITTED = "judging.sheet.submitted";
    static final String RECUSED = "judging.assignment.recused";
    private static final int MAX_COMMENT = 4000;
    private static final int MAX_REASON = 2000;

    private final AssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final JudgingEntryRepository entries;
    private final JudgingRoundRepository rounds;
    private final JudgingRubricRepository rubrics;
    private final JudgeRepository judges;
    private final JudgingLogWriter log;
    private final SubmissionReviews reviews;
    private final ContestService contests;
    private final AuditLog audit;
    private final Clock clock;
    private final DatasetLinks datasetLinks;

    JudgeScoring(AssignmentRepository assignments, ScoreSheetRepository sheets, JudgingEntryRepository entries,
            JudgingRoundRepository rounds, JudgingRubricRepository rubrics, JudgeRepository judges,
            JudgingLogWriter log, SubmissionReviews reviews, ContestService contests, AuditLog audit,
            Clock clock, DatasetLinks datasetLinks) {
        this.assignments = assignments;
        this.sheets = sheets;
        this.entries = entries;
        this.rounds = rounds;
        this.rubrics = rubrics;
        this.judges = judges;
        this.log = log;
        this.reviews = reviews;
        this.contests = contests;
        this.audit = audit;
        this.clock = clock;
        this.datasetLinks = datasetLinks;
    }

    /** The caller's assignments in every contest they judge, by round. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<JudgeQueueItem> myQueue() {
        long me = CurrentUser.requireId();
        List<Long> mine = judges.findByUserIdOrderById(me).stream().map(Judge::getId).toList();
        List<Assignment> list = assignments.findByJudgeIdInOrderByRoundIdAscIdAsc(mine);
        Map<Long, JudgingEntry> entryById = entries.findAllById(list.stream().map(Assignment::getEntryId).toList())
                .stream().collect(Collectors.toMap(JudgingEntry::getId, Function.identity()));
        Map<Long, JudgingRound> roundById = rounds.findAllById(list.stream().map(Assignment::getRoundId).distinct()
                .toList()).stream().collect(Collectors.toMap(JudgingRound::getId, Function.identity()));
        Map<Long, ScoreSheet> sheetById = sheets.findByAssignmentIdIn(list.stream().map(Assignment::getId).toList())
                .stream().collect(Collectors.toMap(ScoreSheet::getAssignmentId, Function.identity()));
        Map<Long, Optional<ContestPage>> contestById = new HashMap<>();
        Instant now = clock.instant();
        var locale = CurrentUser.require().locale();
        List<JudgeQueueItem> queue = new ArrayList<>();
        for (Assignment assignment : list) {
            JudgingRound round = roundById.get(assignment.getRoundId());
            Optional<ContestPage> contest = contestById.computeIfAbsent(round.getContestId(), this::visibleContest);
            if (contest.isEmpty()) {
                continue;
            }
            SheetProgress progress = JudgeAssignments.progress(assignment, sheetById.get(assignment.getId()));
            queue.add(new JudgeQueueItem(assignment.getId(), round.getContestId(), contest.get().title(),
                    round.getId(), round.toInput().name(), entryById.get(assignment.getEntryId()).title(),
                    progress, round.getJudgingDeadline(), contest.get().zone(),
                    editable(round, progress, now)));
        }
        return queue;
    }

    /**
     * The scoring page of one of the caller's assignments. One snapshot for the whole read: an entry that follows its
     * team's final version may move to a new version meanwhile, and the access check must see the same version as
     * the entry it checks (read committed let a judge get "not found" in that instant).
     */
    @PermitAll
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ScoringSheet open(long assignmentId) {
        Assignment assignment = mine(assignmentId);
        JudgingRound round = rounds.findById(assignment.getRoundId()).orElseThrow();
        JudgingEntry entry = entries.findById(assignment.getEntryId()).orElseThrow();
        ScoreSheet sheet = sheets.findByAssignmentId(assignmentId).orElseThrow();
        ContestPage contest = visibleContest(round.getContestId()).orElseThrow(NotFoundException::new);
        JudgingRubric rubric = rubrics.findById(round.getRubricId()).orElseThrow();
        SheetState state = state(assignment, sheet);
        return new ScoringSheet(assignmentId, round.getContestId(), contest.title(), round.toInput().name(),
                round.isBlind(), round.getJudgingDeadline(), contest.zone(),
                editable(round, state.progress(), clock.instant()), entryFor(round, entry),
                rubric.getCriteria().stream().map(JudgingCriterion::toInput).toList(), state);
    }

    /** Saves the draft (autosave); {@code expectedVersion} is the version the judge's page last loaded. */
    @PermitAll
    @Transactional
    public SheetState saveDraft(long assignmentId, long expectedVersion, SheetInput input) {
        Assignment assignment = mine(assignmentId);
        ScoreSheet sheet = editableSheet(assignment, expectedVersion);
        JudgingRubric rubric = rubricOf(assignment);
        sheet.edit(marks(rubric, input), text(input.teamComment()), text(input.privateNote()), clock.instant());
        return state(assignment, sheets.saveAndFlush(sheet));
    }

    /**
     * Saves and submits the sheet: every criterion must be scored. The sheet is locked, the round's method fixed,
     * and the sheet appended to the judging log.
     */
    @PermitAll
    @Transactional
    public SheetState submit(long assignmentId, long expectedVersion, SheetInput input) {
        Assignment assignment = mine(assignmentId);
        ScoreSheet sheet = editableSheet(assignment, expectedVersion);
        JudgingRubric rubric = rubricOf(assignment);
        List<CriterionMark> marks = marks(rubric, input);
        Map<String, Integer> scores = new LinkedHashMap<>();
        marks.stream().filter(mark -> mark.getScore() != null)
                .forEach(mark -> scores.put(mark.getCriterionKey(), mark.getScore()));
        double score = rubric.maths().score(scores);
        Instant now = clock.instant();
        sheet.edit(marks, text(input.teamComment()), text(input.privateNote()), now);
        sheet.submit(score, now);
        JudgingRound round = rounds.findById(assignment.getRoundId()).orElseThrow();
        round.lockMethod(now);
        ScoreSheet saved = sheets.saveAndFlush(sheet);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("round", round.getId());
        content.put("entry", assignment.getEntryId());
        content.put("judge", assignment.getJudgeId());
        content.put("sheet", saved.getId());
        content.put("scores", scores);
        // the double's shortest decimal form: the log's canonical JSON takes no binary fractions
        content.put("score", BigDecimal.valueOf(score));
        content.put("submittedAt", now.toString());
        log.append(round.getContestId(), "sheet", content);
        audit.record(SUBMITTED, "sheet:" + saved.getId(), "round " + round.getId() + ", entry "
                + assignment.getEntryId() + ", score " + score);
        return state(assignment, saved);
    }

    /** The judge steps back from an assignment, with a reason the organisers see; not after submitting. */
    @PermitAll
    @Transactional
    public void recuse(long assignmentId, String reason) {
        Assignment assignment = mine(assignmentId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new UserFacingException("judging.recusal.error.reason", MAX_REASON);
        }
        ScoreSheet sheet = sheets.findByAssignmentId(assignmentId).orElseThrow();
        if (sheet.getStatus() == SheetStatus.SUBMITTED) {
            throw new UserFacingException("judging.sheet.error.submitted");
        }
        assignment.recuse(why, clock.instant());
        assignments.saveAndFlush(assignment);
        JudgingRound round = rounds.findById(assignment.getRoundId()).orElseThrow();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("action", "recuse");
        content.put("round", round.getId());
        content.put("entry", assignment.getEntryId());
        content.put("judge", assignment.getJudgeId());
        log.append(round.getContestId(), "assignment", content);
        audit.record(RECUSED, "assignment:" + assignmentId, why);
    }

    /** A short-lived link to a file of the assigned entry, issued after the assignment check. */
    @PermitAll
    @Transactional(readOnly = true)
    public URI fileLink(long assignmentId, long fileId) {
        Assignment assignment = mine(assignmentId);
        JudgingRound round = rounds.findById(assignment.getRoundId()).orElseThrow();
        if (!round.openAt(clock.instant())) {
            throw new UserFacingException("judging.sheet.error.deadline");
        }
        JudgingEntry entry = entries.findById(assignment.getEntryId()).orElseThrow();
        return reviews.fileLink(entry.getSubmissionVersionId(), fileId);
    }

    private EntryForJudge entryFor(JudgingRound round, JudgingEntry entry) {
        if (!round.openAt(clock.instant())) {
            // after the deadline the submission is no longer the judge's to read; the sheet keeps its title
            return new EntryForJudge(entry.getId(), entry.title().en(), entry.title().zh(), null, null,
                    List.of(), null, null, null, null, null, List.of());
        }
        EntryForReview version = reviews.entry(entry.getSubmissionVersionId());
        PackageInput text = version.description();
        return new EntryForJudge(entry.getId(), text.titleEn(), text.titleZh(), text.abstractEn(), text.abstractZh(),
                datasetLinks.linksTo(text.datasetIds()), text.otherData(), text.demoLink(), text.repositoryLink(), text.videoLink(),
                round.isBlind() ? null : version.teamName(),
                version.files().stream().map(file -> new EntryForJudge.File(file.fileId(), file.name(), file.size(),
                        file.mediaType())).toList());
    }

    private ScoreSheet editableSheet(Assignment assignment, long expectedVersion) {
        JudgingRound round = rounds.findById(assignment.getRoundId()).orElseThrow();
        ScoreSheet sheet = sheets.findByAssignmentId(assignment.getId()).orElseThrow();
        if (sheet.getStatus() == SheetStatus.SUBMITTED) {
            throw new UserFacingException("judging.sheet.error.submitted");
        }
        if (!round.openAt(clock.instant())) {
            throw new UserFacingException("judging.sheet.error.deadline");
        }
        if (sheet.getVersion() != expectedVersion) {
            throw new UserFacingException("judging.sheet.error.changedElsewhere");
        }
        return sheet;
    }

    /** The marks in the rubric's order; scores outside a criterion's scale and unknown criteria are refused. */
    private static List<CriterionMark> marks(JudgingRubric rubric, SheetInput input) {
        List<CriterionMark> marks = new ArrayList<>();
        for (String key : input.scores().keySet()) {
            if (rubric.getCriteria().stream().noneMatch(criterion -> criterion.getKey().equals(key))) {
                throw new UserFacingException("judging.rubric.error.unknownCriterion", key);
            }
        }
        for (JudgingCriterion criterion : rubric.getCriteria()) {
            Integer score = input.scores().get(criterion.getKey());
            if (score != null && (score < criterion.getMin() || score > criterion.getMax())) {
                throw new UserFacingException("judging.rubric.error.scoreOutOfRange", criterion.getKey(), score,
                        criterion.getMin(), criterion.getMax());
            }
            marks.add(new CriterionMark(criterion.getKey(), score,
                    text(input.comments().getOrDefault(criterion.getKey(), ""))));
        }
        return marks;
    }

    private static String text(String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > MAX_COMMENT) {
            throw new UserFacingException("judging.sheet.error.commentLength", MAX_COMMENT);
        }
        return clean;
    }

    private JudgingRubric rubricOf(Assignment assignment) {
        return rubrics.findById(rounds.findById(assignment.getRoundId()).orElseThrow().getRubricId()).orElseThrow();
    }

    private static SheetState state(Assignment assignment, ScoreSheet sheet) {
        Map<String, Integer> scores = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (CriterionMark mark : sheet.getMarks()) {
            scores.put(mark.getCriterionKey(), mark.getScore());
            comments.put(mark.getCriterionKey(), mark.getComment());
        }
        return new SheetState(sheet.getVersion(), JudgeAssignments.progress(assignment, sheet),
                new SheetInput(scores, comments, sheet.getTeamComment(), sheet.getPrivateNote()),
                sheet.getWeightedScore(), sheet.getUpdatedAt(), sheet.getSubmittedAt());
    }

    private static boolean editable(JudgingRound round, SheetProgress progress, Instant now) {
        return round.openAt(now) && (progress == SheetProgress.NOT_STARTED || progress == SheetProgress.DRAFT);
    }

    /** One of the caller's active assignments; anything else is "not found". */
    private Assignment mine(long assignmentId) {
        long me = CurrentUser.requireId();
        Assignment assignment = assignments.findById(assignmentId).filter(Assignment::isActive)
                .orElseThrow(NotFoundException::new);
        Judge judge = judges.findById(assignment.getJudgeId()).orElseThrow(NotFoundException::new);
        if (judge.getUserId() == null || judge.getUserId() != me) {
            throw new NotFoundException();
        }
        return assignment;
    }

    private Optional<ContestPage> visibleContest(long contestId) {
        try {
            return Optional.of(contests.page(contestId));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }
}
