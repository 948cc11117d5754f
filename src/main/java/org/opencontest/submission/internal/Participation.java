package org.opencontest.submission.internal;

import java.time.Instant;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
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
    private final PhaseRulesRepository rules;
    private final ExtensionRepository extensions;
    private final ContestDatasetChoices datasets;

    Participation(ContestService contests, TeamMemberships teams, PhaseRulesRepository rules,
                  ExtensionRepository extensions, ContestDatasetChoices datasets) {
        this.contests = contests;
        this.teams = teams;
        this.rules = rules;
        this.extensions = extensions;
        this.datasets = datasets;
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

    /** The caller's team, checked to be allowed to submit (approved, large enough). */
    public Member submitter(long contestId) {
        Member member = member(contestId);
        if (!member.team().isApproved()) {
            throw new UserFacingException("submission.error.teamNotApproved");
        }
        if (!member.team().meetsMinimum(member.contest().teamSizeMin())) {
            throw new UserFacingException("submission.error.teamTooSmall", member.contest().teamSizeMin());
        }
        return member;
    }

    /** The submission phase with the team's extension, grace and late policy applied. */
    public DeadlineRules deadlines(ContestPage contest, long teamId) {
        PhaseWindow phase = contest.timeline().phase(PhaseKind.SUBMISSION)
                .orElseThrow(() -> new UserFacingException("submission.error.noPhase"));
        var phaseRules = rules(contest.id());
        Instant extension = extensions.findByContestIdAndTeamId(contest.id(), teamId).map(Extension::getUntil)
                .orElse(null);
        return DeadlineRules.of(phase.opens(), phase.closes(), extension, phaseRules.grace(), phaseRules.latePolicy());
    }

    /** Refuses an action that began at {@code began} and ends {@code now} when the team's deadline does not allow it. */
    public void requireOnTime(Member member, Instant began, Instant now) {
        DeadlineRules deadlines = deadlines(member.contest(), member.team().teamId());
        DeadlineMessages.requireAccepted(deadlines.assess(began, now), deadlines, member.contest().zone());
    }

    public SubmissionRules rules(long contestId) {
        return rules.findByContestId(contestId).map(PhaseRules::toRules)
                .orElse(SubmissionRules.DEFAULTS);
    }

    public record Member(ContestPage contest, TeamMembership team) {
    }
}
