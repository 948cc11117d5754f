package org.opencontest.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.internal.JudgingLog;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.MovableClock;
import org.opencontest.vote.VoteFixtures.VoteContest;
import org.opencontest.vote.internal.Anomaly;
import org.opencontest.vote.internal.AnomalyRule;
import org.opencontest.vote.internal.BallotReview;
import org.opencontest.vote.internal.EntryChoice;
import org.opencontest.vote.internal.GalleryEntry;
import org.opencontest.vote.internal.PollSpec;
import org.opencontest.vote.internal.PollState;
import org.opencontest.vote.internal.PublishedResult;
import org.opencontest.vote.internal.ResultRow;
import org.opencontest.vote.internal.VoteDesk;
import org.opencontest.vote.internal.Voting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * People's-choice votes through the real services and PostgreSQL: the rules (one vote per voter and track, up to N,
 * no double vote), the window (within judging or results, not before it opens, not after it closes), each refusal of
 * the fraud controls, each anomaly rule, voiding singly and in bulk, the links in the judging log, publication, who
 * may do what, one voter's simultaneous votes (threads), and the REST API's listing and casting with a token.
 */
class PeoplesChoiceIT extends IntegrationTest {

    @Autowired
    VoteFixtures fixtures;
    @Autowired
    VoteDesk desk;
    @Autowired
    BallotReview review;
    @Autowired
    Voting voting;
    @Autowired
    ContestService contests;
    @Autowired
    JudgingLog judgingLog;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    WebApplicationContext context;

    /** An address in a /24 no other test uses. */
    static String network() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(250));
    }

    static void refused(AppPrincipal who, Runnable action, String key) {
        assertThatThrownBy(() -> as(who, () -> {
            action.run();
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    void cast(AppPrincipal voter, long entryId, String address) {
        fixtures.cast(voter, entryId, address);
    }

    List<GalleryEntry> gallery(AppPrincipal who, long contestId, long pollId) {
        return fixtures.gallery(who, contestId, pollId);
    }

    List<String> logKinds(long contestId) {
        return jdbc.queryForList("SELECT kind FROM judging_log WHERE contest_id = ? ORDER BY sequence", String.class,
                contestId);
    }

    @Test
    void oneVotePerVoterAndTrackNoDoubleVoteAStableOrderPerVoterAndCountsThatMatchTheAcceptedVotes() {
        VoteContest contest = fixtures.contest(3);
        long poll = fixtures.open(contest, fixtures.openNow(1, 0));
        AppPrincipal ann = fixtures.voter();
        AppPrincipal bob = fixtures.voter();

        List<GalleryEntry> annSees = gallery(ann, contest.contestId(), poll);
        assertThat(annSees).hasSize(3);
        assertThat(gallery(ann, contest.contestId(), poll)).as("stable for the voter").isEqualTo(annSees);
        List<List<Long>> orders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            AppPrincipal someone = person(Role.PARTICIPANT);
            orders.add(gallery(someone, contest.contestId(), poll).stream().map(GalleryEntry::id).toList());
        }
        assertThat(orders.stream().distinct().count()).as("other voters see other orders").isGreaterThan(1);

        long first = annSees.get(0).id();
        long second = annSees.get(1).id();
        cast(ann, first, network());
        refused(ann, () -> voting.cast(first, network()), "vote.refused.already");
        refused(ann, () -> voting.cast(second, network()), "vote.refused.noVotesLeft");
        cast(bob, second, network());
        assertThat(gallery(ann, contest.contestId(), poll)).filteredOn(GalleryEntry::mine)
                .extracting(GalleryEntry::id).containsExactly(first);

        List<ResultRow> results = as(contest.organiser(), () -> desk.results(poll));
        assertThat(results).extracting(ResultRow::votes).containsExactlyInAnyOrder(1L, 1L, 0L);
        assertThat(as(contest.organiser(), () -> desk.poll(poll)).ballots()).isEqualTo(2);
    }

    @Test
    void upToNVotesPerVoter() {
        VoteContest contest = fixtures.contest(3);
        long poll = fixtures.open(contest, fixtures.openNow(2, 0));
        AppPrincipal voter = fixtures.voter();
        List<GalleryEntry> entries = gallery(voter, contest.contestId(), poll);
        String address = network();
        cast(voter, entries.get(0).id(), address);
        cast(voter, entries.get(1).id(), address);
        refused(voter, () -> voting.cast(entries.get(2).id(), address), "vote.refused.noVotesLeft");
    }

    @Test
    void simultaneousVotesOfOneVoterForDifferentEntriesAllCountWhileVotesAreLeftAndTheLimitHoldsExactly() {
        VoteContest contest = fixtures.contest(3);
        long twoEach = fixtures.open(contest, fixtures.openNow(2, 0));
        long oneEach = fixtures.open(contest, fixtures.openNow(1, 0));
        for (int round = 0; round < 4; round++) {
            AppPrincipal voter = fixtures.voter();
            List<Long> pair = gallery(voter, contest.contestId(), twoEach).stream().limit(2).map(GalleryEntry::id)
                    .toList();
            assertThat(simultaneously(voter, pair)).as("both votes of round %d count", round).containsOnly("ok");
            List<Long> three = gallery(voter, contest.contestId(), oneEach).stream().map(GalleryEntry::id).toList();
            assertThat(simultaneously(voter, three)).as("one vote of three in round %d", round)
                    .containsExactlyInAnyOrder("ok", "vote.refused.noVotesLeft", "vote.refused.noVotesLeft");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vote_ballot WHERE voter_id = ?", Integer.class,
                    voter.userId())).isEqualTo(3);
        }
    }

    /** Casts the voter's votes for the entries from one thread each, released together; "ok" or the refusal. */
    List<String> simultaneously(AppPrincipal voter, List<Long> entryIds) {
        String address = network();
        CyclicBarrier start = new CyclicBarrier(entryIds.size());
        ExecutorService threads = Executors.newFixedThreadPool(entryIds.size());
        try {
            List<Future<String>> outcomes = entryIds.stream().map(entry -> threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    cast(voter, entry, address);
                    return "ok";
                } catch (UserFacingException refused) {
                    return refused.getMessageKey();
                }
            })).toList();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theApiListsTheOpenVoteInTheCallersOrderAndCastsUnderTheSameRules() throws Exception {
        VoteContest contest = fixtures.contest(2);
        long poll = fixtures.open(contest, fixtures.openNow(1, 0));
        VoteContest other = fixtures.contest(1);
        long otherPoll = fixtures.open(other, fixtures.openNow(1, 0));
        AppPrincipal voter = fixtures.voter();
        String token = as(voter, () -> tokens.create(new NewApiToken("votes " + UUID.randomUUID(),
                EnumSet.of(ApiScope.VOTES_WRITE), 7))).secret();
        String readOnly = as(voter, () -> tokens.create(new NewApiToken("read " + UUID.randomUUID(),
                EnumSet.of(ApiScope.CONTESTS_READ), 7))).secret();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String url = "/api/v1/contests/" + contest.slug() + "/votes";
        List<GalleryEntry> order = gallery(voter, contest.contestId(), poll);
        long entry = order.get(0).id();
        String address = network();

        mvc.perform(get(url)).andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(poll))
                .andExpect(jsonPath("$[0].entries[0].mine").value(false));
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{\"entryId\": " + order.get(0).id()
                + "}")).andExpect(status().isUnauthorized());
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(poll))
                .andExpect(jsonPath("$[0].votesPerVoter").value(1))
                .andExpect(jsonPath("$[0].entries[*].id").value(contains(order.stream()
                        .map(e -> (int) e.id()).toArray(Integer[]::new))));
        mvc.perform(vote(url, readOnly, entry, address)).andExpect(status().isForbidden());
        long foreign = gallery(voter, other.contestId(), otherPoll).get(0).id();
        mvc.perform(vote(url, token, foreign, address)).andExpect(status().isNotFound());
        mvc.perform(vote(url, token, entry, address)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.entryId").value(entry));
        mvc.perform(vote(url, token, entry, address)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("vote.refused.already"));
        mvc.perform(vote(url, token, order.get(1).id(), address)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("vote.refused.noVotesLeft"));
        mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(jsonPath("$[0].entries[0].mine").value(true));
        assertThat(jdbc.queryForObject("SELECT network FROM vote_ballot WHERE voter_id = ?", String.class,
                voter.userId())).isEqualTo(address.substring(0, address.lastIndexOf('.')) + ".0/24");

        // a rate limit is not a verdict on the input: 429, and when to send the same request again
        String busy = crowd(poll);
        String neighbour = as(fixtures.voter(), () -> tokens.create(new NewApiToken("votes " + UUID.randomUUID(),
                EnumSet.of(ApiScope.VOTES_WRITE), 7))).secret();
        mvc.perform(vote(url, neighbour, entry, busy.replace(".0/24", ".9"))).andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "600"))
                .andExpect(jsonPath("$.code").value("vote.refused.networkLimited"));
    }

    /**
     * A hundred votes for the poll's first entry from one random /24 within the last ten minutes (the network limit),
     * written as the service would for other voters; answers that network.
     */
    private String crowd(long poll) {
        String address = network();
        String busy = address.substring(0, address.lastIndexOf('.')) + ".0/24";
        long entry = jdbc.queryForObject("SELECT MIN(id) FROM vote_entry WHERE poll_id = ?", Long.class, poll);
        Instant now = clock.instant();
        for (int i = 0; i < 100; i++) {
            jdbc.update("INSERT INTO vote_ballot (poll_id, entry_id, track_key, slot, voter_id, network, "
                    + "voter_created_at, cast_at) SELECT poll_id, id, track_key, 1, ?, ?, ?, ? FROM vote_entry "
                    + "WHERE id = ?", -1_000_000L - ThreadLocalRandom.current().nextInt(1_000_000_000), busy,
                    java.sql.Timestamp.from(now.minus(Duration.ofDays(30))),
                    java.sql.Timestamp.from(now.minusSeconds(i)), entry);
        }
        return busy;
    }

    /** A POST of the vote from {@code address}, as the server would see the client. */
    static MockHttpServletRequestBuilder vote(String url, String token, long entryId, String address) {
        return post(url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"entryId\": " + entryId + "}").with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void theWindowMustLieInJudgingOrResultsAndVotingOnlyWhileItIsOpen() {
        VoteContest contest = fixtures.contest(2);
        Instant now = clock.instant();
        refused(contest.organiser(), () -> desk.open(contest.contestId(), new PollSpec(null, EntryChoice.ALL_FINAL, 1,
                0, now, now.plus(Duration.ofDays(60)))), "vote.error.windowOutsidePhases");
        refused(contest.organiser(), () -> desk.open(contest.contestId(), new PollSpec(null, EntryChoice.ALL_FINAL, 1,
                0, now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(1)))), "vote.error.windowInverted");
        refused(contest.organiser(), () -> desk.open(contest.contestId(), new PollSpec(null, EntryChoice.ALL_FINAL, 0,
                0, now, now.plus(Duration.ofHours(1)))), "vote.error.votesPerVoter");
        refused(contest.organiser(), () -> desk.open(contest.contestId(), new PollSpec(null, EntryChoice.FINALISTS, 1,
                0, now, now.plus(Duration.ofHours(1)))), "vote.error.noFinalists");

        long later = fixtures.open(contest, new PollSpec(null, EntryChoice.ALL_FINAL, 1, 0,
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))));
        AppPrincipal voter = fixtures.voter();
        long entry = jdbc.queryForObject("SELECT MIN(id) FROM vote_entry WHERE poll_id = ?", Long.class, later);
        refused(voter, () -> voting.cast(entry, network()), "vote.refused.notYetOpen");
        assertThat(anonymously(() -> voting.openPolls(contest.contestId()))).isEmpty();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(anonymously(() -> voting.openPolls(contest.contestId()))).extracting(p -> p.id())
                .containsExactly(later);
        cast(voter, entry, network());
        clock.advance(Duration.ofDays(1));
        refused(fixtures.voter(), () -> voting.cast(entry, network()), "vote.refused.closed");

        long early = fixtures.open(contest, fixtures.openNow(1, 0));
        as(contest.organiser(), () -> {
            desk.close(early);
            return null;
        });
        long earlyEntry = jdbc.queryForObject("SELECT MIN(id) FROM vote_entry WHERE poll_id = ?", Long.class, early);
        refused(voter, () -> voting.cast(earlyEntry, network()), "vote.refused.closed");
        refused(contest.organiser(), () -> desk.close(early), "vote.error.alreadyClosed");
    }

    @Test
    void unverifiedDisposableAndTooNewAccountsAreRefusedWithTheirReason() {
        VoteContest contest = fixtures.contest(2);
        long poll = fixtures.open(contest, fixtures.openNow(1, 24));
        long entry = jdbc.queryForObject("SELECT MIN(id) FROM vote_entry WHERE poll_id = ?", Long.class, poll);

        refused(fixtures.voter("voters.example.org", false), () -> voting.cast(entry, network()),
                "vote.refused.unverified");
        refused(fixtures.voter("mailinator.com", true), () -> voting.cast(entry, network()),
                "vote.refused.disposable");
        refused(fixtures.voter("eu.guerrillamail.com", true), () -> voting.cast(entry, network()),
                "vote.refused.disposable");
        AppPrincipal fresh = fixtures.voter();
        refused(fresh, () -> voting.cast(entry, network()), "vote.refused.tooNew");
        clock.advance(Duration.ofHours(25));
        cast(fresh, entry, network());
        assertThatThrownBy(() -> anonymously(() -> {
            voting.cast(entry, network());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rateLimitsPerAccountAndPerSourceNetwork() {
        VoteContest contest = fixtures.contest(3);
        List<Long> polls = IntStream.range(0, 4).mapToObj(i -> fixtures.open(contest, fixtures.openNow(3, 0)))
                .toList();
        AppPrincipal eager = fixtures.voter();
        int cast = 0;
        for (long poll : polls) {
            for (GalleryEntry entry : gallery(eager, contest.contestId(), poll)) {
                if (cast == 10) {
                    refused(eager, () -> voting.cast(entry.id(), network()), "vote.refused.rateLimited");
                    clock.advance(Duration.ofSeconds(61));
                }
                cast(eager, entry.id(), network());
                cast++;
            }
        }
        assertThat(cast).isEqualTo(12);

        long poll = fixtures.open(contest, fixtures.openNow(1, 0));
        long entry = jdbc.queryForObject("SELECT MIN(id) FROM vote_entry WHERE poll_id = ?", Long.class, poll);
        String busy = crowd(poll);
        AppPrincipal neighbour = fixtures.voter();
        String sameNetwork = busy.replace(".0/24", ".77");
        refused(neighbour, () -> voting.cast(entry, sameNetwork), "vote.refused.networkLimited");
        cast(neighbour, entry, network());
        AppPrincipal v6 = fixtures.voter();
        cast(v6, entry, "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(65536)) + ":1::5");
        assertThat(jdbc.queryForObject("SELECT network FROM vote_ballot WHERE voter_id = ?", String.class,
                v6.userId())).matches("2001:db8:[0-9a-f]+::/48");
    }

    @Test
    void eachAnomalyRuleFindsItsPatternAndVoidingIsLoggedInTheJudgingChain() {
        VoteContest contest = fixtures.contest(3);
        List<AppPrincipal> voters = IntStream.range(0, 10).mapToObj(i -> fixtures.voter()).toList();
        clock.advance(Duration.ofHours(1));
        long burstPoll = fixtures.open(contest, fixtures.openNow(1, 0));
        long favourite = gallery(voters.get(0), contest.contestId(), burstPoll).get(0).id();
        for (AppPrincipal voter : voters) {
            cast(voter, favourite, network());
            clock.advance(Duration.ofSeconds(20));
        }
        List<Anomaly> bursts = as(contest.organiser(), () -> review.anomalies(burstPoll));
        assertThat(bursts).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.rule()).isEqualTo(AnomalyRule.BURST);
            assertThat(anomaly.ballotIds()).hasSize(10);
        });

        long networkPoll = fixtures.open(contest, fixtures.openNow(1, 0));
        List<GalleryEntry> entries = gallery(voters.get(0), contest.contestId(), networkPoll);
        String office = network();
        for (int i = 0; i < 6; i++) {
            cast(voters.get(i), entries.get(i % 3).id(), office);
            clock.advance(Duration.ofMinutes(2));
        }
        AppPrincipal newcomer = fixtures.voter();
        clock.advance(Duration.ofSeconds(30));
        cast(newcomer, entries.get(0).id(), network());
        List<Anomaly> found = as(contest.organiser(), () -> review.anomalies(networkPoll));
        assertThat(found).extracting(Anomaly::rule)
                .containsExactlyInAnyOrder(AnomalyRule.NEW_ACCOUNTS_ONE_NETWORK, AnomalyRule.FAST_AFTER_SIGN_UP);
        Anomaly fromOffice = found.stream().filter(a -> a.rule() == AnomalyRule.NEW_ACCOUNTS_ONE_NETWORK).findFirst()
                .orElseThrow();
        assertThat(fromOffice.ballotIds()).hasSize(6);
        assertThat(fromOffice.subject()).endsWith(".0/24");
        Anomaly fast = found.stream().filter(a -> a.rule() == AnomalyRule.FAST_AFTER_SIGN_UP).findFirst()
                .orElseThrow();
        assertThat(fast.ballotIds()).hasSize(1);

        // void the burst in bulk, then one ballot of the office alone
        refused(contest.organiser(), () -> review.voidBallots(burstPoll, bursts.get(0).ballotIds(), " "),
                "vote.error.reasonRequired");
        int voided = as(contest.organiser(), () -> review.voidBallots(burstPoll, bursts.get(0).ballotIds(),
                "Burst of <b>ten</b> votes in three minutes"));
        assertThat(voided).isEqualTo(10);
        assertThat(as(contest.organiser(), () -> review.voidBallots(burstPoll, bursts.get(0).ballotIds(), "again")))
                .as("voiding twice changes nothing").isZero();
        assertThat(as(contest.organiser(), () -> review.anomalies(burstPoll))).isEmpty();
        assertThat(as(contest.organiser(), () -> desk.results(burstPoll))).extracting(ResultRow::votes)
                .containsOnly(0L);
        assertThat(as(contest.organiser(), () -> review.voidBallots(networkPoll, List.of(fast.ballotIds().get(0)),
                "Voted thirty seconds after sign-up"))).isEqualTo(1);
        assertThat(as(contest.organiser(), () -> review.ballots(burstPoll, 0, 50))).hasSize(10)
                .allSatisfy(row -> assertThat(row.voidReason()).isEqualTo("Burst of <b>ten</b> votes in three minutes"));

        assertThat(logKinds(contest.contestId())).containsSubsequence("VOTE_OPENED", "VOTE_OPENED", "VOTE_VOIDED",
                "VOTE_VOIDED");
        String voidLink = jdbc.queryForObject("SELECT content FROM judging_log WHERE contest_id = ? AND kind = "
                + "'VOTE_VOIDED' ORDER BY sequence LIMIT 1", String.class, contest.contestId());
        assertThat(voidLink).contains("Burst of <b>ten</b> votes in three minutes")
                .contains(String.valueOf(bursts.get(0).ballotIds().get(0)));
        assertThat(as(contest.organiser(), () -> judgingLog.verify(contest.contestId())).intact()).isTrue();
    }

    @Test
    void theResultIsPublishedAfterClosingCountsAfterVoidingAndIsFinal() {
        VoteContest contest = fixtures.contest(2);
        long poll = fixtures.open(contest, fixtures.openNow(1, 0));
        List<AppPrincipal> voters = IntStream.range(0, 3).mapToObj(i -> fixtures.voter()).toList();
        long entry = gallery(voters.get(0), contest.contestId(), poll).get(0).id();
        voters.forEach(voter -> cast(voter, entry, network()));
        long doubtful = jdbc.queryForObject("SELECT MAX(id) FROM vote_ballot WHERE poll_id = ?", Long.class, poll);
        as(contest.organiser(), () -> review.voidBallots(poll, List.of(doubtful), "Same person, three accounts"));

        refused(contest.organiser(), () -> desk.publish(poll), "vote.error.publishBeforeClose");
        assertThat(anonymously(() -> voting.published(contest.contestId()))).isEmpty();
        as(contest.organiser(), () -> {
            desk.close(poll);
            desk.publish(poll);
            return null;
        });
        List<PublishedResult> published = anonymously(() -> voting.published(contest.contestId()));
        assertThat(published).singleElement().satisfies(result -> {
            assertThat(result.poll().state()).isEqualTo(PollState.PUBLISHED);
            assertThat(result.poll().ballots()).as("no raw counts for the public").isZero();
            assertThat(result.rows().get(0).entryId()).isEqualTo(entry);
            assertThat(result.rows()).extracting(ResultRow::votes).containsExactly(2L, 0L);
        });
        refused(contest.organiser(), () -> desk.publish(poll), "vote.error.alreadyPublished");
        refused(contest.organiser(), () -> review.voidBallots(poll, List.of(doubtful - 1), "late"),
                "vote.error.alreadyPublished");
        assertThat(logKinds(contest.contestId())).containsSubsequence("VOTE_OPENED", "VOTE_VOIDED", "VOTE_CLOSED",
                "VOTE_PUBLISHED");
    }

    @Test
    void onlyTheContestsOrganisersOpenCloseVoidAndSeeAnomaliesOrBallots() {
        VoteContest contest = fixtures.contest(2);
        long poll = fixtures.open(contest, fixtures.openNow(1, 0));
        AppPrincipal otherOrganiser = person(Role.ORGANISER);
        AppPrincipal voter = fixtures.voter();
        long entry = gallery(voter, contest.contestId(), poll).get(0).id();
        cast(voter, entry, network());
        long ballot = jdbc.queryForObject("SELECT MAX(id) FROM vote_ballot WHERE poll_id = ?", Long.class, poll);

        assertThatThrownBy(() -> as(otherOrganiser, () -> desk.open(contest.contestId(), fixtures.openNow(1, 0))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherOrganiser, () -> review.voidBallots(poll, List.of(ballot), "mine now")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherOrganiser, () -> review.anomalies(poll))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherOrganiser, () -> {
            desk.close(poll);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(voter, () -> review.anomalies(poll))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(voter, () -> review.ballots(poll, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(voter, () -> review.voidBallots(poll, List.of(ballot), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anonymously(() -> desk.polls(contest.contestId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT voided_at IS NULL FROM vote_ballot WHERE id = ?", Boolean.class, ballot))
                .isTrue();
        assertThat(as(contest.organiser(), () -> desk.poll(poll)).state()).isEqualTo(PollState.OPEN);
    }
}
