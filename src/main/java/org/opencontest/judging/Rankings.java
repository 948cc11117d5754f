package org.opencontest.judging;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.opencontest.judging.internal.Judge;
import org.opencontest.judging.internal.JudgeCalibration;
import org.opencontest.judging.internal.JudgeRepository;
import org.opencontest.judging.internal.JudgeRow;
import org.opencontest.judging.internal.JudgingEntry;
import org.opencontest.judging.internal.JudgingEntryRepository;
import org.opencontest.judging.internal.JudgingLogWriter;
import org.opencontest.judging.internal.JudgingRound;
import org.opencontest.judging.internal.JudgingRoundRepository;
import org.opencontest.judging.internal.OrganiserDecision;
import org.opencontest.judging.internal.RankedEntry;
import org.opencontest.judging.internal.Ranking;
import org.opencontest.judging.internal.RankingResult;
import org.opencontest.judging.internal.RoundEntries;
import org.opencontest.judging.internal.SubmittedSheets;
import org.opencontest.judging.internal.TieDecision;
import org.opencontest.judging.internal.TieDecisionRepository;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.submission.ContestStages;
import org.opencontest.submission.ContestSubmissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rankings of a contest's rounds for its organisers, computed from the submitted sheets by {@link Ranking} (the maths
 * lives there), with the organiser's tie decisions and the advancement into the next round. Tie decisions and
 * advancements are appended to the contest's judging log. A round of a contest the caller does not organise answers
 * {@link NotFoundException}.
 */
@Service
public class Rankings {

    static final int MAX_REASON = 2000;

    private final JudgingRoundRepository rounds;
    private final JudgingEntryRepository entries;
    private final SubmittedSheets sheets;
    private final JudgeRepository judges;
    private final TieDecisionRepository decisions;
    private final RoundEntries roundEntries;
    private final JudgingLogWriter log;
    private final ContestService contests;
    private final ContestSubmissions submissions;
    private final ContestStages stages;
    private final AuditLog audit;
    private final Clock clock;

    Rankings(JudgingRoundRepository rounds, JudgingEntryRepository entries, SubmittedSheets sheets,
            JudgeRepository judges, TieDecisionRepository decisions, RoundEntries roundEntries, JudgingLogWriter log,
            ContestService contests, ContestSubmissions submissions, ContestStages stages, AuditLog audit,
            Clock clock) {
        this.stages = stages;
        this.rounds = rounds;
        this.entries = entries;
        this.sheets = sheets;
        this.judges = judges;
        this.decisions = decisions;
        this.roundEntries = roundEntries;
        this.log = log;
        this.contests = contests;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The round's ranking from its submitted sheets, with earlier rounds' scores of its entries. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public RankingReport report(long roundId) {
        JudgingRound round = managed(roundId);
        List<JudgingRound> all = rounds.findByContestIdOrderByPosition(round.getContestId());
        List<JudgingRound> earlier = all.stream().filter(r -> r.getPosition() < round.getPosition()).toList();
        JudgingRound next = all.stream().filter(r -> r.getPosition() == round.getPosition() + 1).findFirst()
                .orElse(null);
        Map<Long, JudgingEntry> entryById = new HashMap<>();
        for (JudgingRound r : all.stream().filter(r -> r.getPosition() <= round.getPosition()).toList()) {
            entries.findByRoundIdOrderById(r.getId()).forEach(e -> entryById.put(e.getId(), e));
        }
        boolean shortlisting = shortlistsIntoNextStage(round);
        Set<Long> shortlistedTeams = shortlisting ? stages.shortlistedTeams(round.getContestId(), round.getStage())
                : Set.of();
        Set<Long> advanced = shortlisting ? entries.findByRoundIdOrderById(round.getId()).stream()
                .filter(e -> shortlistedTeams.contains(e.getTeamId())).map(JudgingEntry::getId)
                .collect(Collectors.toSet())
                : next == null ? Set.of() : entries.findByRoundIdOrderById(next.getId()).stream()
                .map(JudgingEntry::getAdvancedFromEntryId).collect(Collectors.toSet());
        LocalizedText nextStage = shortlisting
                ? stages.stageNames(round.getContestId()).get(round.getStage()) : null;
        RankingResult result = compute(round);
        // earlier rounds only for their scores: no bootstrap needed
        List<Map<Long, Double>> earlierScores = earlier.stream().map(r -> Ranking.compute(sheets.scores(r.getId()),
                r.rankingSettings().withBootstrap(0, 0), decisionsOf(r.getId())).entries().stream()
                .collect(Collectors.toMap(RankedEntry::entryId, RankedEntry::score))).toList();
        Map<Long, String> teamNames = submissions.teamNames(round.getContestId());
        Locale locale = CurrentUser.require().locale();
        List<RankingRow> rows = result.entries().stream().map(ranked -> {
            JudgingEntry entry = entryById.get(ranked.entryId());
            return new RankingRow(ranked.entryId(), entry.getSubmissionVersionId(),
                    teamNames.getOrDefault(entry.getTeamId(), ""), entry.title(), ranked.rank(),
                    ranked.score(), ranked.rawScore(), ranked.normalisedScore(), ranked.median(),
                    ranked.topScores(), ranked.variance(), ranked.spread(), ranked.sheets(), ranked.disagreement(),
                    ranked.topShare(), ranked.separatedBy(), ranked.organiserReason(),
                    earlierScores(entry, earlier, earlierScores, entryById), advanced.contains(ranked.entryId()));
        }).toList();
        Map<Long, String> judgeNames = judges.findByContestIdOrderById(round.getContestId()).stream()
                .collect(Collectors.toMap(Judge::getId, judge -> judge.toDetail().displayName()));
        List<JudgeRow> judgeRows = result.judges().stream().map(c -> new JudgeRow(
                judgeNames.getOrDefault(c.judgeId(), "#" + c.judgeId()), c.sheets(), c.mean(),
                c.standardDeviation(), "judging.calibration." + c.status().name())).toList();
        Function<List<Long>, List<LocalizedText>> titles = ids -> ids.stream()
                .map(id -> entryById.get(id).title()).toList();
        return new RankingReport(round.toDetail(), rows, judgeRows, result.winners().statementKey(),
                titles.apply(result.winners().raw()), titles.apply(result.winners().normalised()),
                result.unresolvedTies(), earlier.stream().map(r -> r.toInput().name()).toList(),
                next == null ? null : next.toDetail(), nextStage);
    }

    /**
     * Orders entries that every declared tie-breaker left tied; the reason is required, stored, shown with the
     * ranking and appended to the judging log. Refused if the order does not fit the ranking.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public RankingReport decideTie(long roundId, List<Long> order, String reason) {
        JudgingRound round = managed(roundId);
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new UserFacingException("judging.results.tie.error.reasonLength", MAX_REASON);
        }
        OrganiserDecision decision = new OrganiserDecision(order, reason);
        List<OrganiserDecision> all = new ArrayList<>(decisionsOf(roundId));
        all.add(decision);
        RankingResult before = compute(round);
        boolean tied = before.unresolvedTies().stream().anyMatch(tie -> tie.containsAll(decision.order()));
        if (!tied) {
            throw new UserFacingException("judging.results.tie.error.notTied");
        }
        // the maths refuses unknown entries and entries decided twice, with translated messages
        Ranking.compute(sheets.scores(roundId), round.rankingSettings().withBootstrap(0, 0), all);
        decisions.saveAndFlush(new TieDecision(roundId, decision, CurrentUser.requireId(), clock.instant()));
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("round", roundId);
        content.put("order", decision.order());
        content.put("reason", decision.reason());
        content.put("by", CurrentUser.requireId());
        log.append(round.getContestId(), "TIE_DECISION", content);
        audit.record("judging.results.tie.decided", "round:" + roundId, decision.order() + ": " + decision.reason());
        return report(roundId);
    }

    /**
     * Makes the round's best entries entries of the next round, by the round's rule: the top {@code advanceCount}
     * places (entries sharing the last place all advance) or every entry scoring at least {@code advanceThreshold}.
     * Calling it again adds only what is missing.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public RankingReport advance(long roundId) {
        JudgingRound round = managed(roundId);
        if (shortlistsIntoNextStage(round)) {
            return shortlist(round);
        }
        JudgingRound next = rounds.findByContestIdOrderByPosition(round.getContestId()).stream()
                .filter(r -> r.getPosition() == round.getPosition() + 1).findFirst()
                .orElseThrow(() -> new UserFacingException("judging.results.advance.error.lastRound"));
        RoundInput rule = round.toInput();
        List<Long> chosen = chosenByRule(round, rule);
        roundEntries.advance(next.getId(), chosen);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("from", roundId);
        content.put("to", next.getId());
        content.put("rule", rule.advanceCount() != null ? "count " + rule.advanceCount()
                : "threshold " + rule.advanceThreshold());
        content.put("entries", chosen);
        content.put("by", CurrentUser.requireId());
        log.append(round.getContestId(), "ADVANCEMENT", content);
        audit.record("judging.results.advanced", "round:" + roundId, chosen.size() + " entries into round "
                + next.getId());
        return report(roundId);
    }

    /** The entries the round's advancement rule picks from its ranking; refused when there is no rule or no one. */
    private List<Long> chosenByRule(JudgingRound round, RoundInput rule) {
        if (rule.advanceCount() == null && rule.advanceThreshold() == null) {
            throw new UserFacingException("judging.results.advance.error.noRule");
        }
        RankingResult result = compute(round);
        if (result.entries().isEmpty()) {
            throw new UserFacingException("judging.results.advance.error.noSheets");
        }
        List<Long> chosen = selected(result.entries(), rule.advanceCount(), rule.advanceThreshold());
        if (chosen.isEmpty()) {
            throw new UserFacingException("judging.results.advance.error.none", rule.advanceThreshold());
        }
        return chosen;
    }

    /** Whether the round judges a stage that has a next one: its advancement is the stage's shortlist then. */
    private boolean shortlistsIntoNextStage(JudgingRound round) {
        return round.getStage() != null && round.getStage() < stages.stageNames(round.getContestId()).size();
    }

    /**
     * Shortlists the teams of the round's best entries (by the round's advancement rule) from its stage into the
     * next stage, as one decision appended to the judging log before the shortlisting links of each team.
     */
    private RankingReport shortlist(JudgingRound round) {
        RoundInput rule = round.toInput();
        List<Long> chosen = chosenByRule(round, rule);
        Map<Long, JudgingEntry> byId = entries.findByRoundIdOrderById(round.getId()).stream()
                .collect(Collectors.toMap(JudgingEntry::getId, Function.identity()));
        List<Long> teams = chosen.stream().map(id -> byId.get(id).getTeamId()).toList();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("from", round.getId());
        content.put("toStage", round.getStage() + 1);
        content.put("rule", rule.advanceCount() != null ? "count " + rule.advanceCount()
                : "threshold " + rule.advanceThreshold());
        content.put("entries", chosen);
        content.put("teams", teams);
        content.put("by", CurrentUser.requireId());
        log.append(round.getContestId(), "STAGE_ADVANCEMENT", content);
        stages.shortlistRanked(round.getContestId(), round.getStage(), teams);
        audit.record("judging.results.shortlisted", "round:" + round.getId(), teams.size() + " teams into stage "
                + (round.getStage() + 1));
        return report(round.getId());
    }

    private static List<Long> selected(List<RankedEntry> ranked, Integer count, BigDecimal threshold) {
        return ranked.stream().filter(e -> count != null ? e.rank() <= count
                        : BigDecimal.valueOf(e.score()).compareTo(threshold) >= 0)
                .map(RankedEntry::entryId).toList();
    }

    private RankingResult compute(JudgingRound round) {
        return Ranking.compute(sheets.scores(round.getId()), round.rankingSettings(), decisionsOf(round.getId()));
    }

    private List<OrganiserDecision> decisionsOf(long roundId) {
        return decisions.findByRoundIdOrderById(roundId).stream().map(TieDecision::toDecision).toList();
    }

    /** Follows the entry back through the rounds it advanced from, picking up each earlier round's score. */
    private static List<Double> earlierScores(JudgingEntry entry, List<JudgingRound> earlier,
            List<Map<Long, Double>> scores, Map<Long, JudgingEntry> entryById) {
        Map<Integer, Double> byRound = new HashMap<>();
        JudgingEntry current = entry;
        while (current.getAdvancedFromEntryId() != null && entryById.containsKey(current.getAdvancedFromEntryId())) {
            current = entryById.get(current.getAdvancedFromEntryId());
            for (int i = 0; i < earlier.size(); i++) {
                if (earlier.get(i).getId().equals(current.getRoundId())) {
                    byRound.put(i, scores.get(i).get(current.getId()));
                }
            }
        }
        List<Double> list = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            list.add(byRound.get(i));
        }
        return list;
    }

    private JudgingRound managed(long roundId) {
        JudgingRound round = rounds.findById(roundId).orElseThrow(NotFoundException::new);
        if (!contests.canManage(round.getContestId())) {
            throw new NotFoundException();
        }
        return round;
    }
}
