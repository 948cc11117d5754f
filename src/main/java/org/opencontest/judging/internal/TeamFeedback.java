package org.opencontest.judging.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.submission.StageFeedback;
import org.opencontest.team.TeamMembership;
import org.opencontest.team.TeamMemberships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's own feedback from the judges, for its members only: every round's once the contest's results are
 * published, and before that the rounds judging a stage whose feedback the organiser released
 * ({@link StageFeedback}), without scores. Only what judges wrote to the team leaves this class: never a private note
 * or who wrote a sheet; scores only when the organiser chose to show them with the results. Anyone who is not in a
 * team of the contest gets {@link NotFoundException}.
 */
@Service
public class TeamFeedback {

    private final TeamMemberships memberships;
    private final ContestService contests;
    private final ResultsPublicationRepository publications;
    private final JudgingRoundRepository rounds;
    private final JudgingRubricRepository rubrics;
    private final JudgingAwardRepository awards;
    private final SubmittedSheets sheets;
    private final StageFeedback stageFeedback;

    TeamFeedback(TeamMemberships memberships, ContestService contests, ResultsPublicationRepository publications,
            JudgingRoundRepository rounds, JudgingRubricRepository rubrics, JudgingAwardRepository awards,
            SubmittedSheets sheets, StageFeedback stageFeedback) {
        this.stageFeedback = stageFeedback;
        this.memberships = memberships;
        this.contests = contests;
        this.publications = publications;
        this.rounds = rounds;
        this.rubrics = rubrics;
        this.awards = awards;
        this.sheets = sheets;
    }

    /** The caller's team's feedback in the contest (by its slug). */
    @PermitAll
    @Transactional(readOnly = true)
    public FeedbackReport myFeedback(String slug) {
        ContestPage contest = contests.page(slug);
        TeamMembership team = memberships.myTeam(contest.id()).orElseThrow(NotFoundException::new);
        ResultsPublication publication = publications.findById(contest.id()).filter(ResultsPublication::isPublished)
                .orElse(null);
        Set<Integer> releasedStages = publication == null ? stageFeedback.releasedFeedbackStages(contest.id())
                : Set.of();
        boolean scores = publication != null && publication.isShowScoresToTeams();
        List<FeedbackReport.Round> judged = new ArrayList<>();
        for (JudgingRound round : rounds.findByContestIdOrderByPosition(contest.id())) {
            if (publication == null && (round.getStage() == null || !releasedStages.contains(round.getStage()))) {
                continue;
            }
            List<SubmittedSheet> ours = sheets.of(round.getId()).stream()
                    .filter(sheet -> sheet.teamId() == team.teamId())
                    .sorted(Comparator.comparingLong(SubmittedSheet::sheetId)).toList();
            if (ours.isEmpty()) {
                continue;
            }
            List<JudgingCriterion> criteria = rubrics.findById(round.getRubricId()).orElseThrow().getCriteria();
            List<FeedbackReport.Sheet> told = ours.stream().map(sheet -> new FeedbackReport.Sheet(
                    scores ? sheet.score() : null, sheet.teamComment(), criteria.stream()
                            .map(c -> new FeedbackReport.CriterionComment(c.toInput().name(),
                                    scores ? sheet.scores().get(c.getKey()) : null,
                                    sheet.comments().getOrDefault(c.getKey(), "")))
                            .toList())).toList();
            Double mean = scores ? ours.stream().mapToDouble(SubmittedSheet::score).average().orElseThrow() : null;
            judged.add(new FeedbackReport.Round(round.toInput().name(), mean, told));
        }
        if (publication == null) {
            return new FeedbackReport(contest, team.teamName(), false, false, List.of(), judged);
        }
        List<LocalizedText> won = awards.findInGalleryOrder(contest.id()).stream()
                .filter(award -> award.getTeamId() == team.teamId()).map(award -> award.getName()).toList();
        return new FeedbackReport(contest, team.teamName(), true, scores, won, judged);
    }
}
