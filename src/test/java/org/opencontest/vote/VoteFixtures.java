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
import java.util.stream.IntStream;

import org.opencontest.account.AccountService;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.SignUpRequest;
import org.opencontest.contest.ContestEditState;
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
import org.opencontest.vote.internal.Gallery;
import org.opencontest.vote.internal.GalleryEntry;
import org.opencontest.vote.internal.PollSpec;
import org.opencontest.vote.internal.VoteDesk;
import org.opencontest.vote.internal.Voting;
import org.springframework.stereotype.Component;

/**
 * Contests ready for a people's-choice vote and voters with real accounts, built through the services: teams submit
 * final versions, the contest moves into its results phase; voters sign up (and confirm their address, unless asked
 * not to). A test-only component, so the integration tests keep sharing one application context.
 */
@Component
public class VoteFixtures {

    public static final String PASSWORD = "a long enough passphrase 42";

    private final ContestService contests;
    private final TeamService teams;
    private final ScoringFixtures scoring;
    private final AccountService accounts;
    private final RecordedMails mails;
    private final Clock clock;
    private final VoteDesk desk;
    private final Voting voting;

    VoteFixtures(ContestService contests, TeamService teams, ScoringFixtures scoring, AccountService accounts,
                 RecordedMails mails, Clock clock, VoteDesk desk, Voting voting) {
        this.desk = desk;
        this.voting = voting;
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
        return contest(person(Role.ORGANISER), IntStream.rangeClosed(1, entryCount).mapToObj(i -> "Entry " + i)
                .toList());
    }

    /** The same organised by {@code organiser} (e.g. a demo account that signs in), one team per entry title. */
    public VoteContest contest(AppPrincipal organiser, List<String> titles) {
        Instant now = clock.instant();
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, now);
        SubmissionFixtures.openSubmission(contests, organiser, contest.id(), now);
        List<VersionDetail> versions = new ArrayList<>();
        for (String title : titles) {
            AppPrincipal leader = person(Role.PARTICIPANT);
            TeamFixtures.register(teams, contests, leader, contest.id(), TeamFixtures.uniqueName());
            versions.add(scoring.submit(leader, contest.id(), title));
        }
        ResultsFixtures.resultsPhaseIn(contests, organiser, contest.id(), now, Duration.ofDays(-1));
        return new VoteContest(contest.id(), contest.input().slug(), organiser, versions);
    }

    /**
     * A contest whose submission phase is open now (for ten days) and whose judging runs from day 11 to day 20, with
     * no entry yet: a vote for it can only be planned ({@link #enter} adds entries).
     */
    public VoteContest plannable(AppPrincipal organiser) {
        Instant now = clock.instant();
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, now);
        SubmissionFixtures.openSubmission(contests, organiser, contest.id(), now);
        return new VoteContest(contest.id(), contest.input().slug(), organiser, List.of());
    }

    /** A new team submits a final entry with this title (while the submission phase is open). */
    public VersionDetail enter(VoteContest contest, String title) {
        AppPrincipal leader = person(Role.PARTICIPANT);
        TeamFixtures.register(teams, contests, leader, contest.contestId(), TeamFixtures.uniqueName());
        return scoring.submit(leader, contest.contestId(), title);
    }

    /** The whole contest's final entries from now for two days, {@code perVoter} votes, no minimum account age. */
    public PollSpec openNow(int perVoter, int minAgeHours) {
        Instant now = clock.instant();
        return new PollSpec(null, EntryChoice.ALL_FINAL, perVoter, minAgeHours, now.minusSeconds(60),
                now.plus(Duration.ofDays(2)));
    }

    /** A voter whose account exists now, with a confirmed address at {@code domain} unless {@code verified} is false. */
    public AppPrincipal voter(String domain, boolean verified) {
        return voter(domain, verified, Locale.ENGLISH);
    }

    public AppPrincipal voter() {
        return voter(Locale.ENGLISH);
    }

    /** A voter with a confirmed address who reads the app in {@code language}; signs in with {@link #PASSWORD}. */
    public AppPrincipal voter(Locale language) {
        return voter("voters.example.org", true, language);
    }

    private AppPrincipal voter(String domain, boolean verified, Locale language) {
        String email = "voter-" + UUID.randomUUID().toString().substring(0, 12) + "@" + domain;
        long id = accounts.signUp(new SignUpRequest(email, "Voter " + email.substring(6, 12), "", PASSWORD, PASSWORD,
                language, ZoneId.of("Asia/Shanghai")));
        if (verified) {
            accounts.verifyEmail(mails.lastToken(email, "account.verify-email"));
        }
        return new AppPrincipal(id, email, "Voter", "", EnumSet.of(Role.PARTICIPANT), language,
                ZoneId.of("Asia/Shanghai"), true, false);
    }

    /** The vote's entries in the order the voter sees them. */
    public List<GalleryEntry> gallery(AppPrincipal voter, long contestId, long pollId) {
        return as(voter, () -> voting.galleries(contestId)).stream().filter(g -> g.poll().id() == pollId)
                .findFirst().map(Gallery::entries).orElseThrow();
    }

    /** Casts the voter's vote as from {@code address}. */
    public void cast(AppPrincipal voter, long entryId, String address) {
        as(voter, () -> {
            voting.cast(entryId, address);
            return null;
        });
    }

    public long open(VoteContest contest, PollSpec spec) {
        return as(contest.organiser(), () -> desk.open(contest.contestId(), spec));
    }
}
