package org.opencontest.judging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.audit.AuditLog;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.judging.internal.Assignment;
import org.opencontest.judging.internal.AssignmentMails;
import org.opencontest.judging.internal.AssignmentOrigin;
import org.opencontest.judging.internal.AssignmentOverview;
import org.opencontest.judging.internal.AssignmentRepository;
import org.opencontest.judging.internal.BalancedAssignment;
import org.opencontest.judging.internal.Conflict;
import org.opencontest.judging.internal.ConflictRepository;
import org.opencontest.judging.internal.ConflictStatus;
import org.opencontest.judging.internal.EntrySource;
import org.opencontest.judging.internal.Judge;
import org.opencontest.judging.internal.JudgeRepository;
import org.opencontest.judging.internal.JudgingEntry;
import org.opencontest.judging.internal.JudgingEntryRepository;
import org.opencontest.judging.internal.JudgingLogWriter;
import org.opencontest.judging.internal.JudgingRound;
import org.opencontest.judging.internal.JudgingRoundRepository;
import org.opencontest.judging.internal.RoundEntries;
import org.opencontest.judging.internal.ScoreSheet;
import org.opencontest.judging.internal.ScoreSheetRepository;
import org.opencontest.judging.internal.SheetProgress;
import org.opencontest.judging.internal.SheetStatus;
import org.opencontest.judging.internal.TopUpPlan;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.hash.Sha256;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.submission.ContestStages;
import org.opencontest.submission.ContestSubmissions;
import org.opencontest.submission.FinalVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who judges which entry, for the contest's organisers (and administrators): the balanced automatic assignment
 * (docs/judging.md §7) and changes by hand. A conflicted pair (blocking, or flagged and not yet cleared) is never
 * assigned, nor a judge to an entry they recused from. Re-running keeps every assignment made by hand, recused, or
 * with a started or submitted sheet, and plans only the rest. Every change goes to the audit trail and the judging
 * log; newly assigned judges get one mail.
 */
@Service
public class JudgeAssignments {

    static final String AUTO = "judging.assignment.auto";
    static final String ADDED = "judging.assignment.added";
    static final String REMOVED = "judging.assignment.removed";
    private static final String LOG_KIND = "assignment";

    private final JudgingRoundRepository rounds;
    private final JudgingEntryRepository entries;
    private final AssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final JudgeRepository judges;
    private final ConflictRepository conflicts;
    private final RoundEntries roundEntries;
    private final AssignmentMails mails;
    private final JudgingLogWriter log;
    private final ContestSubmissions submissions;
    private final ContestStages stages;
    private final ContestService contests;
    private final AuditLog audit;
    private final Clock clock;

    JudgeAssignments(JudgingRoundRepository rounds, JudgingEntryRepository entries, AssignmentRepository assignments,
            ScoreSheetRepository sheets, JudgeRepository judges, ConflictRepository conflicts,
            RoundEntries roundEntries, AssignmentMails mails, JudgingLogWriter log,
            ContestSubmissions submissions, ContestStages stages, ContestService contests, AuditLog audit,
            Clock clock) {
        this.stages = stages;
        this.rounds = rounds;
        this.entries = entries;
        this.assignments = assignments;
        this.sheets = sheets;
        this.judges = judges;
        this.conflicts = conflicts;
        this.roundEntries = roundEntries;
        this.mails = mails;
        this.log = log;
        this.submissions = submissions;
        this.contests = contests;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public AssignmentOverview overview(long roundId) {
        return overview(managedRound(roundId), List.of());
    }

    /**
     * Runs the balanced assignment for the round. The first round takes each team's final version as its entries
     * (teams that submitted since an earlier run join it); later rounds judge the entries that advanced. Returns the
     * overview with the reasons the plan fell short, if it did.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public AssignmentOverview assign(long roundId) {
        JudgingRound round = managedRound(roundId);
        List<JudgingEntry> roundEntryList = entries.findByRoundIdOrderById(roundId);
        Integer stage = round.getStage();
        if (stage != null || round.getPosition() == 1) {
            // a stage's round judges the versions submitted in that stage; otherwise the first round the finals
            List<FinalVersion> versions = stage != null ? stages.stageVersions(round.getContestId(), stage)
                    : submissions.finalVersions(round.getContestId());
            roundEntryList = roundEntries.addSubmissions(roundId, versions.stream()
                    .map(v -> new EntrySource(v.summary().id(), v.summary().submissionId(),
                            v.summary().teamId(), v.summary().trackId(), v.input().title()))
                    .toList());
        }
        if (roundEntryList.isEmpty()) {
            throw new UserFacingException(stage != null ? "judging.assignment.error.noStageSubmissions"
                    : round.getPosition() == 1 ? "judging.assignment.error.noSubmissions"
                    : "judging.assignment.error.noAdvanced", stage);
        }
        List<Assignment> existing = assignments.findByRoundIdOrderByEntryIdAscJudgeIdAsc(roundId);
        Map<Long, ScoreSheet> sheetByAssignment = sheetsOf(existing);
        List<Assignment> kept = new ArrayList<>();
        List<Assignment> dropped = new ArrayList<>();
        for (Assignment assignment : existing) {
            ScoreSheet sheet = sheetByAssignment.get(assignment.getId());
            boolean keep = assignment.getOrigin() == AssignmentOrigin.MANUAL || !assignment.isActive()
                    || sheet != null && (sheet.getStatus() == SheetStatus.SUBMITTED || started(sheet));
            (keep ? kept : dropped).add(assignment);
        }
        Map<BalancedAssignment.Pair, Boolean> keptPairs = new HashMap<>();
        kept.forEach(a -> keptPairs.put(new BalancedAssignment.Pair(a.getJudgeId(), a.getEntryId()), a.isActive()));
        TopUpPlan.Result plan = TopUpPlan.plan(judges.findByContestIdOrderById(round.getContestId()).stream()
                        .map(judge -> new BalancedAssignment.Judge(judge.getId(), judge.expertise().stream()
                                .map(String::valueOf).collect(Collectors.toSet()), judge.getMaxLoad())).toList(),
                roundEntryList.stream().map(entry -> new BalancedAssignment.Entry(entry.getId(),
                        entry.getTrackId() == null ? null : entry.getTrackId().toString())).toList(),
                round.getJudgesPerEntry(), keptPairs, forbiddenPairs(round.getContestId(), roundEntryList));
        Set<BalancedAssignment.Pair> planned = new HashSet<>(plan.added());
        List<AssignmentOverview.Issue> issues = plan.issues().stream()
                .map(issue -> new AssignmentOverview.Issue(issue.messageKey(), issue.arguments())).toList();
        // a pair the new plan keeps stays as it was (its judge was told already); only the difference changes
        List<Assignment> removed = dropped.stream().filter(a -> !planned.remove(
                new BalancedAssignment.Pair(a.getJudgeId(), a.getEntryId()))).toList();
        removed.forEach(assignment -> sheets.findByAssignmentId(assignment.getId()).ifPresent(sheets::delete));
        assignments.deleteAll(removed);
        assignments.flush();
        for (BalancedAssignment.Pair pair : planned.stream().sorted().toList()) {
            Assignment saved = assignments.saveAndFlush(new Assignment(roundId, pair.entryId(), pair.judgeId(),
                    AssignmentOrigin.AUTO, clock.instant()));
            sheets.save(new ScoreSheet(saved, clock.instant()));
        }
        sheets.flush();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("action", "auto");
        content.put("round", roundId);
        content.put("kept", kept.size());
        content.put("removed", removed.size());
        content.put("added", planned.size());
        content.put("pairsSha256", digest(assignments.findByRoundIdOrderByEntryIdAscJudgeIdAsc(roundId)));
        content.put("by", CurrentUser.requireId());
        log.append(round.getContestId(), LOG_KIND, content);
        audit.record(AUTO, "round:" + roundId, "kept " + kept.size() + ", removed " + removed.size() + ", added "
                + planned.size() + ", " + roundEntryList.size() + " entries x " + round.getJudgesPerEntry());
        mails.notifyNewlyAssigned(round);
        return overview(round, issues);
    }

    /** Puts a judge on an entry by hand; refused for a conflicted or recused pair or one that exists. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public AssignmentOverview add(long roundId, long entryId, long judgeId) {
        JudgingRound round = managedRound(roundId);
        JudgingEntry entry = entries.findById(entryId).filter(e -> e.getRoundId() == roundId)
                .orElseThrow(NotFoundException::new);
        Judge judge = judges.findById(judgeId).filter(j -> j.getContestId() == round.getContestId())
                .orElseThrow(NotFoundException::new);
        if (forbiddenPairs(round.getContestId(), List.of(entry))
                .contains(new BalancedAssignment.Pair(judgeId, entryId))) {
            throw new UserFacingException("judging.assignment.error.conflicted", judge.toDetail().displayName());
        }
        assignments.findByEntryIdAndJudgeId(entryId, judgeId).ifPresent(existing -> {
            throw new UserFacingException(existing.isActive() ? "judging.assignment.error.duplicate"
                    : "judging.assignment.error.recused", judge.toDetail().displayName());
        });
        Assignment saved = assignments.saveAndFlush(new Assignment(roundId, entryId, judgeId,
                AssignmentOrigin.MANUAL, clock.instant()));
        sheets.saveAndFlush(new ScoreSheet(saved, clock.instant()));
        record(round, ADDED, saved);
        mails.notifyNewlyAssigned(round);
        return overview(round, List.of());
    }

    /** Takes a judge off an entry by hand (with their draft); refused once the sheet is submitted. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public AssignmentOverview remove(long assignmentId) {
        Assignment assignment = assignments.findById(assignmentId).orElseThrow(NotFoundException::new);
        JudgingRound round = managedRound(assignment.getRoundId());
        sheets.findByAssignmentId(assignmentId).ifPresent(sheet -> {
            if (sheet.getStatus() == SheetStatus.SUBMITTED) {
                throw new UserFacingException("judging.assignment.error.submitted");
            }
            sheets.delete(sheet);
        });
        assignments.delete(assignment);
        assignments.flush();
        record(round, REMOVED, assignment);
        return overview(round, List.of());
    }

    private void record(JudgingRound round, String action, Assignment assignment) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("action", action.equals(ADDED) ? "add" : "remove");
        content.put("round", round.getId());
        content.put("entry", assignment.getEntryId());
        content.put("judge", assignment.getJudgeId());
        content.put("by", CurrentUser.requireId());
        log.append(round.getContestId(), LOG_KIND, content);
        audit.record(action, "round:" + round.getId(), "judge " + assignment.getJudgeId() + ", entry "
                + assignment.getEntryId());
    }

    private AssignmentOverview overview(JudgingRound round, List<AssignmentOverview.Issue> planIssues) {
        long roundId = round.getId();
        List<JudgingEntry> roundEntryList = entries.findByRoundIdOrderById(roundId);
        List<Assignment> all = assignments.findByRoundIdOrderByEntryIdAscJudgeIdAsc(roundId);
        Map<Long, ScoreSheet> sheetByAssignment = sheetsOf(all);
        List<Judge> jury = judges.findByContestIdOrderById(round.getContestId());
        Map<Long, Judge> judgeById = jury.stream().collect(Collectors.toMap(Judge::getId, Function.identity()));
        // organisers see teams even in blind rounds: blindness is for the judges
        Map<Long, String> teamNames = roundEntryList.isEmpty() ? Map.of() : submissions.teamNames(round.getContestId());
        Map<Long, List<AssignmentOverview.Assigned>> byEntry = new HashMap<>();
        Map<Long, int[]> loads = new HashMap<>();
        Set<BalancedAssignment.Pair> active = new HashSet<>();
        for (Assignment assignment : all) {
            SheetProgress progress = progress(assignment, sheetByAssignment.get(assignment.getId()));
            byEntry.computeIfAbsent(assignment.getEntryId(), id -> new ArrayList<>()).add(
                    new AssignmentOverview.Assigned(assignment.getId(), assignment.getJudgeId(),
                            judgeById.get(assignment.getJudgeId()).toDetail().displayName(),
                            assignment.getOrigin() == AssignmentOrigin.MANUAL, progress,
                            assignment.getRecusalReason()));
            if (assignment.isActive()) {
                active.add(new BalancedAssignment.Pair(assignment.getJudgeId(), assignment.getEntryId()));
                int[] load = loads.computeIfAbsent(assignment.getJudgeId(), id -> new int[2]);
                load[0]++;
                if (progress == SheetProgress.SUBMITTED) {
                    load[1]++;
                }
            }
        }
        Locale locale = CurrentUser.require().locale();
        List<AssignmentOverview.Coverage> coverage = roundEntryList.stream().map(entry ->
                new AssignmentOverview.Coverage(entry.getId(), entry.title(),
                        teamNames.getOrDefault(entry.getTeamId(), ""), entry.getTrackId(),
                        byEntry.getOrDefault(entry.getId(), List.of()))).toList();
        List<AssignmentOverview.Load> judgeLoads = jury.stream().map(judge -> {
            int[] load = loads.getOrDefault(judge.getId(), new int[2]);
            return new AssignmentOverview.Load(judge.getId(), judge.toDetail().displayName(), load[0],
                    judge.getMaxLoad(), load[1]);
        }).toList();
        List<AssignmentOverview.Issue> issues = new ArrayList<>(planIssues);
        if (planIssues.isEmpty() && !all.isEmpty()) {
            for (AssignmentOverview.Coverage entry : coverage) {
                if (entry.active() < round.getJudgesPerEntry()) {
                    issues.add(new AssignmentOverview.Issue("judging.assignment.issue.short",
                            List.of(entry.entryId(), entry.active(), round.getJudgesPerEntry())));
                }
            }
        }
        int components = BalancedAssignment.components(active);
        if (components > 1) {
            issues.add(new AssignmentOverview.Issue("judging.assignment.issue.disconnected", List.of(components)));
        }
        var contest = contests.edit(round.getContestId());
        Instant submissionCloses = round.getPosition() != 1 ? null : contest.input().phases().stream()
                .filter(phase -> phase.kind() == PhaseKind.SUBMISSION && phase.closes().isAfter(clock.instant()))
                .map(PhaseWindow::closes).findFirst().orElse(null);
        return new AssignmentOverview(roundId, round.getContestId(), round.toInput().name(),
                round.getJudgesPerEntry(), round.isBlind(), round.getJudgingDeadline(), contest.input().zone(),
                coverage, judgeLoads, components, issues, submissionCloses);
    }

    /** Pairs that must never be assigned: conflicts that count (blocking, or flagged and undecided). */
    private Set<BalancedAssignment.Pair> forbiddenPairs(long contestId, List<JudgingEntry> roundEntryList) {
        Map<Long, List<Long>> entriesOfTeam = roundEntryList.stream().collect(Collectors.groupingBy(
                JudgingEntry::getTeamId, Collectors.mapping(JudgingEntry::getId, Collectors.toList())));
        Set<BalancedAssignment.Pair> forbidden = new HashSet<>();
        for (Conflict conflict : conflicts.findByContestIdOrderById(contestId)) {
            if (conflict.getStatus() != ConflictStatus.CLEARED) {
                entriesOfTeam.getOrDefault(conflict.getTeamId(), List.of()).forEach(entryId ->
                        forbidden.add(new BalancedAssignment.Pair(conflict.getJudgeId(), entryId)));
            }
        }
        return forbidden;
    }

    private Map<Long, ScoreSheet> sheetsOf(List<Assignment> list) {
        return sheets.findByAssignmentIdIn(list.stream().map(Assignment::getId).toList()).stream()
                .collect(Collectors.toMap(ScoreSheet::getAssignmentId, Function.identity()));
    }

    static SheetProgress progress(Assignment assignment, ScoreSheet sheet) {
        if (!assignment.isActive()) {
            return SheetProgress.RECUSED;
        }
        if (sheet != null && sheet.getStatus() == SheetStatus.SUBMITTED) {
            return SheetProgress.SUBMITTED;
        }
        return sheet != null && started(sheet) ? SheetProgress.DRAFT : SheetProgress.NOT_STARTED;
    }

    /** A sheet is created empty with the assignment; every save of the draft raises its version. */
    private static boolean started(ScoreSheet sheet) {
        return sheet.getVersion() > 0;
    }

    /** SHA-256 over the round's assignment pairs in order, so the log pins the exact plan without listing it. */
    private static String digest(List<Assignment> list) {
        MessageDigest sha = Sha256.newDigest();
        for (Assignment a : list) {
            sha.update((a.getEntryId() + ":" + a.getJudgeId() + (a.isActive() ? "" : ":recused") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return Sha256.hex(sha);
    }

    private JudgingRound managedRound(long roundId) {
        JudgingRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        if (!contests.canManage(round.getContestId())) {
            throw new NotFoundException();
        }
        return round;
    }
}
