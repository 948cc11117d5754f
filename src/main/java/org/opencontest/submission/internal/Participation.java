package org.opencontest.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.dataset.ContestDatasetChoices;
import org.opencontest.dataset.DatasetChoice;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.submission.PackageInput;
import org.opencontest.team.TeamMembership;
import org.opencontest.team.TeamMemberships;
import org.springframework.stereotype.Component;

/**
 * Who may take part in a contest's submission: the caller's team there, approved and at least as large as the
 * contest's minimum team size. Refusals name the reason; a contest the caller may not see is "not found".
 */
@Component
public class Participation {

    private final ContestService contests;
    private final TeamMemberships teams;
    private final StageRepository stages;
    private final ShortlistRepository shortlists;
    private final ExtensionRepository extensions;
    private final ContestDatasetChoices datasets;
    private final Clock clock;

    Participation(ContestService contests, TeamMemberships teams, StageRepository stages,
                  ShortlistRepository shortlists, ExtensionRepository extensions, ContestDatasetChoices datasets,
                  Clock clock) {
        this.contests = contests;
        this.teams = teams;
        this.stages = stages;
        this.shortlists = shortlists;
        this.extensions = extensions;
        this.datasets = datasets;
        this.clock = clock;
    }

    /** The member's description checked against the contest ({@link PackageChecks#clean}): tracks and datasets. */
    public PackageInput checked(Member member, PackageInput input) {
        return PackageChecks.clean(input, member.contest(),
                datasets.choicesFor(member.contest().id()).stream().map(DatasetChoice::id).toList());
    }

    /** The caller's team, whatever its status: enough to read the team's own submissions. */
    public Member member(long contestId) {
        ContestPage contest = contests.page(contestId);
        TeamMembership team = teams.myTeam(contestId)
                .orElseThrow(() -> new UserFacingException("submission.error.noTeam"));
        return new Member(contest, team);
    }

    /**
     * The caller's team, checked to be allowed to submit now: approved, large enough, and, in a later stage,
     * advanced from the stage before it.
     */
    public Member submitter(long contestId) {
        Member member = member(contestId);
        if (!member.team().isApproved()) {
            throw new UserFacingException("submission.error.teamNotApproved");
        }
        if (!member.team().meetsMinimum(member.contest().teamSizeMin())) {
            throw new UserFacingException("submission.error.teamTooSmall", member.contest().teamSizeMin());
        }
        StagePlan.Stage stage = currentStage(member.contest());
        if (stage.number() > 1
                && !shortlists.existsByContestIdAndStageAndTeamId(member.contest().id(), stage.number() - 1,
                member.team().teamId())) {
            int previous = stage.number() - 1;
            boolean feedback = stages.findByContestIdAndPosition(member.contest().id(), previous)
                    .filter(SubmissionStage::isFeedbackReleased).isPresent();
            StageNames from = StageNames.of(previous, plan(member.contest()).stage(previous).orElseThrow()
                    .definition());
            throw new UserFacingException("submission.error.notShortlisted", from,
                    StageNames.of(stage.number(), stage.definition()), feedbackNote(from, feedback));
        }
        return member;
    }

    /** Where the team finds the judges' feedback on the stage it was not shortlisted from, if it is released. */
    static BundleMessage feedbackNote(StageNames stage, boolean released) {
        return new BundleMessage(released ? "submission.stage.feedback.released"
                : "submission.stage.feedback.withheld", stage);
    }

    /** The contest's stages with their effective windows. */
    public StagePlan plan(ContestPage contest) {
        List<StageDefinition> defined = stages.findByContestIdOrderByPosition(contest.id()).stream()
                .map(SubmissionStage::toDefinition).toList();
        return StagePlan.of(defined, contest.timeline().phase(PhaseKind.SUBMISSION));
    }

    /** The stage submissions go to now ({@link StagePlan#current}). */
    public StagePlan.Stage currentStage(ContestPage contest) {
        return plan(contest).current(clock.instant());
    }

    /** The current stage's window with the team's extension, grace and the stage's late policy applied. */
    public DeadlineRules deadlines(ContestPage contest, long teamId) {
        StagePlan.Stage stage = currentStage(contest);
        if (!stage.hasWindow()) {
            throw new UserFacingException("submission.error.noPhase");
        }
        Instant extension = extensions.findByContestIdAndTeamId(contest.id(), teamId).map(Extension::getUntil)
                .orElse(null);
        return DeadlineRules.of(stage.opens(), stage.closes(), extension, stage.rules().grace(),
                stage.rules().latePolicy());
    }

    /** Refuses an action that began at {@code began} and ends {@code now} when the team's deadline does not allow it. */
    public void requireOnTime(Member member, Instant began, Instant now) {
        DeadlineRules deadlines = deadlines(member.contest(), member.team().teamId());
        DeadlineMessages.requireAccepted(deadlines.assess(began, now), deadlines, member.contest().zone());
    }

    /** The rules of the stage submissions go to now. */
    public SubmissionRules rules(long contestId) {
        return currentStage(contests.page(contestId)).rules();
    }

    public record Member(ContestPage contest, TeamMembership team) {
    }
}
