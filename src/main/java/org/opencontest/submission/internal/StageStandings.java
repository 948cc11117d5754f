package org.opencontest.submission.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.submission.StageFeedback;
import org.opencontest.team.TeamMembership;
import org.opencontest.team.TeamMemberships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stages of a contest as its page and the team's submission page show them: every stage's window, and for the
 * caller's own team where it stands ("Idea: submitted, shortlisted · Prototype: open"). Open to everyone who may
 * see the contest page; only the caller's own team is ever described.
 */
@Service
public class StageStandings implements StageFeedback {

    private final ContestService contests;
    private final Participation participation;
    private final TeamMemberships teams;
    private final VersionRepository versions;
    private final ShortlistRepository shortlists;
    private final StageRepository stages;

    StageStandings(ContestService contests, Participation participation, TeamMemberships teams,
                   VersionRepository versions, ShortlistRepository shortlists, StageRepository stages) {
        this.stages = stages;
        this.contests = contests;
        this.participation = participation;
        this.teams = teams;
        this.versions = versions;
        this.shortlists = shortlists;
    }

    /** The stages of a staged contest for the caller; empty for a contest with a single stage. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<StageStanding> forCaller(long contestId) {
        ContestPage contest = contests.page(contestId);
        StagePlan plan = participation.plan(contest);
        if (!plan.isStaged()) {
            return List.of();
        }
        Optional<TeamMembership> team = teams.myTeam(contest.id());
        Set<Integer> submitted = team.map(t -> Set.copyOf(versions.stagesOfTeam(contest.id(), t.teamId())))
                .orElse(Set.of());
        Set<Integer> advanced = team.map(t -> shortlists.findByContestIdAndTeamId(contest.id(), t.teamId()).stream()
                .map(Shortlisting::getStage).collect(Collectors.toSet())).orElse(Set.of());
        Set<Integer> released = stages.feedbackReleasedPositions(contest.id());
        List<StageStanding> standings = new ArrayList<>();
        for (StagePlan.Stage stage : plan.stages()) {
            int number = stage.number();
            standings.add(new StageStanding(StageNames.of(stage), stage.opens(), stage.closes(), team.isPresent(),
                    submitted.contains(number), team.isPresent() && (number == 1 || advanced.contains(number - 1)),
                    advanced.contains(number), released.contains(number)));
        }
        return standings;
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Set<Integer> releasedFeedbackStages(long contestId) {
        return Set.copyOf(stages.feedbackReleasedPositions(contests.page(contestId).id()));
    }
}
