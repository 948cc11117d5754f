package org.opencontest.vote;

import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.opencontest.account.AccountService;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.SignUpRequest;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.ResultsFixtures;
import org.opencontest.judging.ScoringFixtures;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.VersionDetail;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.opencontest.vote.internal.EntryChoice;
import org.opencontest.vote.internal.PollSpec;
import org.opencontest.vote.internal.VoteDesk;
import org.springframework.stereotype.Component;

/**
 * Contests ready for a people's-choice vote and voters with real accounts, built through the services: teams submit
 * final versions, the contest moves into its results phase; voters sign up (and confirm their address, unless asked
 * not to). A test-only component, so the integration tests keep sharing one application context.
 */
@Component
public class VoteFixtures {

    private final ContestService contests;
    private final TeamService teams;
    private final ScoringFixtures scoring;
    private final AccountService accounts;
    private final RecordedMails mails;
    private final Clock clock;
    private final VoteDesk desk;

    VoteFixtures(ContestService contests, TeamService teams, ScoringFixtures scoring, AccountService accounts,
                 RecordedMails mails, Clock clock, VoteDesk desk) {
        this.desk = desk;
        this.contests = contests;
        this.teams = teams;
        this.scoring = scoring;
        this.accounts = accounts;
        this.mails = mails;
        this.clock = clock;
    }

    /** A contest in its results phase (since yesterday, for 29 more days) with submitted entries. */
    public record VoteContest(long contestId, String slug, AppPrincipal organiser, List<VersionDetail> entries) {
    }

    public VoteContest contest(int entryCount) {
        Instant now = clock.instant();
        SubmissionFixtures.Scenario scenario = SubmissionFixtures.scenario(contests, teams, now);
        List<AppPrincipal> leaders = new ArrayList<>(List.of(scenario.leader()));
        for (int i = 1; i < entryCount; i++) {
            AppPrincipal leader = person(Role.PARTICIPANT);
            TeamFixtures.register(teams, contests, leader, scenario.contestId(), TeamFixtures.uniqueName());
            leaders.add(leader);
        }
        List<VersionDetail> versions = new ArrayList<>();
        for (int i = 0; i < leaders.size(); i++) {
            versions.add(scoring.submit(leaders.get(i), scenario.contestId(), "Entry " + (i + 1)));
        }
        ResultsFixtures.resultsPhaseIn(contests, scenario.organiser(), scenario.contestId(), now,
                Duration.ofDays(-1));
        return new VoteContest(scenario.contestId(), scenario.slug(), scenario.organiser(), versions);
    }

    /** The whole contest's final entries from now for two days, {@code perVoter} votes, no minimum account age. */
    public PollSpec openNow(int perVoter, int minAgeHours) {
        Instant now = clock.instant();
        return new PollSpec(null, EntryChoice.ALL_FINAL, perVoter, minAgeHours, now.minusSeconds(60),
                now.plus(Duration.ofDays(2)));
    }

    /** A voter whose account exists now, with a confirmed address at {@code domain} unless {@code verified} is false. */
    public AppPrincipal voter(String domain, boolean verified) {
        String email = "voter-" + UUID.randomUUID().toString().substring(0, 12) + "@" + domain;
        String password = "a long enough passphrase 42";
        long id = accounts.signUp(new SignUpRequest(email, "Voter " + email.substring(6, 12), "", password, password,
                Locale.ENGLISH, ZoneId.of("Asia/Shanghai")));
        if (verified) {
            accounts.verifyEmail(mails.lastToken(email, "account.verify-email"));
        }
        return new AppPrincipal(id, email, "Voter", "", EnumSet.of(Role.PARTICIPANT), Locale.ENGLISH,
                ZoneId.of("Asia/Shanghai"), true, false);
    }

    public AppPrincipal voter() {
        return voter("voters.example.org", true);
    }

    public long open(VoteContest contest, PollSpec spec) {
        return as(contest.organiser(), () -> desk.open(contest.contestId(), spec));
    }
}
