package org.opencontest.judging;

import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.opencontest.account.AccountService;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.SignUpRequest;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.internal.JudgeDetail;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.PackageInput;
import org.opencontest.submission.PackageState;
import org.opencontest.submission.PackageSubmission;
import org.opencontest.submission.SubmissionDrafts;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.VersionDetail;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.stereotype.Component;

/**
 * A contest ready for judging, built through the services: teams with submitted final versions, a rubric, a round
 * and judges with confirmed accounts linked to their invitations. A test-only component (like RecordedMails), so
 * every integration test keeps sharing one application context.
 */
@Component
public class ScoringFixtures {

    private final ContestService contests;
    private final TeamService teams;
    private final SubmissionDrafts drafts;
    private final PackageSubmission submitting;
    private final JudgingSetup setup;
    private final JudgePanel panel;
    private final AccountService accounts;
    private final RecordedMails mails;
    private final Clock clock;

    ScoringFixtures(ContestService contests, TeamService teams, SubmissionDrafts drafts,
            PackageSubmission submitting, JudgingSetup setup, JudgePanel panel, AccountService accounts, RecordedMails mails, Clock clock) {
        this.clock = clock;
        this.contests = contests;
        this.teams = teams;
        this.drafts = drafts;
        this.submitting = submitting;
        this.setup = setup;
        this.panel = panel;
        this.accounts = accounts;
        this.mails = mails;
    }

    /** A judge's principal and invitation. */
    public record JudgeActor(AppPrincipal principal, JudgeDetail detail) {
    }

    /** A contest with submitted entries, a round (k judges per entry) and its judges. */
    public record Judging(long contestId, AppPrincipal organiser, List<AppPrincipal> leaders,
            List<VersionDetail> versions, RoundDetail round, List<JudgeActor> judges) {
    }

    public Judging judging(Instant now, int teamCount, int judgesPerEntry, boolean blind, int judgeCount,
            int maxLoad) {
        SubmissionFixtures.Scenario scenario = SubmissionFixtures.scenario(contests, teams, now);
        List<AppPrincipal> leaders = new ArrayList<>(List.of(scenario.leader()));
        for (int i = 1; i < teamCount; i++) {
            AppPrincipal leader = person(Role.PARTICIPANT);
            TeamFixtures.register(teams, contests, leader, scenario.contestId(), TeamFixtures.uniqueName());
            leaders.add(leader);
        }
        List<VersionDetail> versions = new ArrayList<>();
        for (int i = 0; i < leaders.size(); i++) {
            versions.add(submit(leaders.get(i), scenario.contestId(), "Entry " + (i + 1)));
        }
        AppPrincipal organiser = scenario.organiser();
        RubricDetail rubric = as(organiser, () -> setup.createRubric(scenario.contestId(), JudgingFixtures.rubric()));
        RoundInput base = JudgingFixtures.round(rubric.id(), "Preliminary");
        RoundDetail round = as(organiser, () -> setup.createRound(scenario.contestId(), new RoundInput(base.name(),
                rubric.id(), blind, judgesPerEntry, base.advanceCount(), null, base.aggregation(), null)));
        List<JudgeActor> jury = new ArrayList<>();
        for (int i = 0; i < judgeCount; i++) {
            jury.add(judge(scenario.contestId(), organiser, "Judge " + (i + 1), maxLoad));
        }
        return new Judging(scenario.contestId(), organiser, leaders, versions, round, jury);
    }

    /** Moves the judging deadline of the contest's first round. */
    public void setDeadline(Judging judging, Instant deadline) {
        RoundDetail round = as(judging.organiser(), () -> setup.rounds(judging.contestId())).get(0);
        RoundInput input = round.input();
        as(judging.organiser(), () -> setup.updateRound(round.id(), round.version(), new RoundInput(input.name(),
                input.rubricId(), input.blind(), input.judgesPerEntry(), input.advanceCount(),
                input.advanceThreshold(), input.aggregation(), deadline)));
    }

    /** A judge with a confirmed account, invited and linked (as opening /judging does). */
    public JudgeActor judge(long contestId, AppPrincipal organiser, String name, int maxLoad) {
        String email = "judge-" + UUID.randomUUID() + "@jury.example.net";
        String password = "a long enough passphrase 42";
        long userId = accounts.signUp(new SignUpRequest(email, name, "Jury", password, password, Locale.ENGLISH,
                ZoneId.of("Asia/Shanghai")));
        accounts.verifyEmail(mails.lastToken(email, "account.verify-email"));
        JudgeDetail detail = as(organiser, () -> panel.invite(contestId, new JudgeInput(email, name, null, Set.of(),
                maxLoad)));
        AppPrincipal principal = new AppPrincipal(userId, email, name, "", EnumSet.of(Role.JUDGE), Locale.ENGLISH,
                ZoneId.of("Asia/Shanghai"), true, false);
        as(principal, panel::myJudgeships);
        return new JudgeActor(principal, detail);
    }

    /** Uploads a PDF, describes the package and submits it as the team's (final) version. */
    public VersionDetail submit(AppPrincipal member, long contestId, String title) {
        return submit(member, contestId, title, "proposal.pdf");
    }

    /** The same with the PDF under a name of the team's choosing. */
    public VersionDetail submit(AppPrincipal member, long contestId, String title, String fileName) {
        return as(member, () -> {
            drafts.upload(contestId, SubmissionFixtures.pdf(), fileName, clock.instant());
            PackageState state = drafts.myPackage(contestId);
            drafts.saveDraft(contestId, state.version(), new PackageInput(state.input().trackId(), title,
                    title + " 中文", "What it does", "它做什么", List.of(), "Traffic accidents 2025", "https://demo.example.org",
                    null, null));
            return submitting.submit(contestId, UUID.randomUUID().toString());
        });
    }
}
