package org.opencontest.vote.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.IntegrationTest;
import org.opencontest.vote.VoteFixtures;
import org.opencontest.vote.VoteFixtures.VoteContest;
import org.opencontest.vote.internal.GalleryEntry;
import org.opencontest.vote.internal.ResultRow;
import org.opencontest.vote.internal.VoteDesk;
import org.opencontest.vote.internal.Voting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A people's-choice vote under load (not in CI; {@code ./mvnw -Pbench test -Dtest=PeoplesChoiceBench}): {@code
 * bench.voters} accounts (default 2,000; confirmed, a month old, written straight into the account table because
 * hashing 2,000 passwords would measure BCrypt) each try {@code bench.votesPerVoter} votes (default 10: two votes of
 * five entries, five votes each) over HTTP through {@code POST /api/v1/contests/{slug}/votes} with a personal API token
 * per account — the real request path: token filter, security, JSON, {@link Voting#cast} with every check, the real
 * PostgreSQL — in a shuffled order from {@code bench.threads} client threads, plus 10% duplicate clicks; the first
 * tenth of the accounts vote from one /24 (the burst), each client's address arriving in X-Forwarded-For as behind
 * the production proxy. Reports attempts per second, p50/p95/max latency, the outcomes, and checks that the ballots
 * in the database equal the accepted votes exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class PeoplesChoiceBench extends IntegrationTest {

    private static final Pattern PROBLEM_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

    @Autowired
    VoteFixtures fixtures;
    @Autowired
    VoteDesk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokens apiTokens;
    @LocalServerPort
    int port;

    record Attempt(AppPrincipal voter, long entryId, String address) {
    }

    @Test
    void twentyThousandVotesFromTwoThousandAccounts() throws Exception {
        int voterCount = Integer.getInteger("bench.voters", 2000);
        int threads = Integer.getInteger("bench.threads", 8);
        VoteContest contest = fixtures.contest(5);
        List<Long> polls = List.of(fixtures.open(contest, fixtures.openNow(5, 0)),
                fixtures.open(contest, fixtures.openNow(5, 0)));
        List<List<Long>> entries = new ArrayList<>();
        for (long poll : polls) {
            entries.add(fixtures.gallery(contest.organiser(), contest.contestId(), poll).stream()
                    .map(GalleryEntry::id).toList());
        }
        List<AppPrincipal> voters = accounts(voterCount);
        Map<Long, String> tokens = new HashMap<>();
        for (AppPrincipal voter : voters) {
            tokens.put(voter.userId(), SystemIdentity.callAs(voter, () -> apiTokens.create(new NewApiToken("bench",
                    EnumSet.of(ApiScope.VOTES_WRITE), 1))).secret());
        }
        URI url = URI.create("http://localhost:" + port + "/api/v1/contests/" + contest.slug() + "/votes");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(42);
        List<Attempt> attempts = new ArrayList<>();
        for (int v = 0; v < voters.size(); v++) {
            String address = v < voterCount / 10 ? "198.51.100." + (1 + v % 250)
                    : "10." + (v / 256 % 256) + "." + (v % 256) + ".7";
            for (List<Long> pollEntries : entries) {
                for (long entry : pollEntries) {
                    attempts.add(new Attempt(voters.get(v), entry, address));
                    if (random.nextInt(10) == 0) {
                        attempts.add(new Attempt(voters.get(v), entry, address));
                    }
                }
            }
        }
        Collections.shuffle(attempts, random);

        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        long[] latencies = new long[attempts.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            int index = i;
            Attempt attempt = attempts.get(i);
            futures.add(pool.submit(() -> {
                long began = System.nanoTime();
                String outcome = post(http, url, tokens.get(attempt.voter().userId()), attempt);
                latencies[index] = System.nanoTime() - began;
                outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);

        long accepted = outcomes.getOrDefault("accepted", new AtomicLong()).get();
        long stored = 0;
        long counted = 0;
        for (long poll : polls) {
            stored += jdbc.queryForObject("SELECT COUNT(*) FROM vote_ballot WHERE poll_id = ?", Long.class, poll);
            counted += SystemIdentity.callAs(contest.organiser(), () -> desk.results(poll)).stream()
                    .mapToLong(ResultRow::votes).sum();
        }
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "BENCH people's choice: %d attempts (%d voters, %d threads) in %.1f s = %.0f "
                        + "attempts/s, %.0f accepted/s; latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; outcomes %s; "
                        + "ballots stored %d, counted %d, accepted %d; load %s%n",
                attempts.size(), voterCount, threads, wall / 1e9, attempts.size() / (wall / 1e9),
                accepted / (wall / 1e9), sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6, outcomes, stored, counted, accepted,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(stored).isEqualTo(accepted);
        assertThat(counted).isEqualTo(accepted);
        assertThat(outcomes).containsKey("vote.refused.already").containsKey("vote.refused.networkLimited");
    }

    /**
     * Sends one vote as a client behind the reverse proxy would arrive (the proxy's X-Forwarded-For names the
     * client's address); the outcome is "accepted" (201), the refusal's key (400) or the status.
     */
    private static String post(HttpClient http, URI url, String token, Attempt attempt) {
        HttpRequest request = HttpRequest.newBuilder(url).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("X-Forwarded-For", attempt.address())
                .POST(HttpRequest.BodyPublishers.ofString("{\"entryId\": " + attempt.entryId() + "}")).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                return "accepted";
            }
            Matcher code = PROBLEM_CODE.matcher(response.body());
            return response.statusCode() == 400 && code.find() ? code.group(1) : "HTTP " + response.statusCode();
        } catch (IOException | InterruptedException failed) {
            return failed.getClass().getSimpleName();
        }
    }

    /** Confirmed accounts created a month ago, written in one batch. */
    private List<AppPrincipal> accounts(int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Timestamp created = Timestamp.from(Instant.now().minus(Duration.ofDays(30)));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"bench-" + run + "-" + i + "@voters.example.org", "Bench voter " + i, created});
        }
        jdbc.batchUpdate("INSERT INTO app_user (email, display_name, password_hash, locale, zone, enabled, "
                + "email_verified, created_at) VALUES (?, ?, 'x', 'en', 'Asia/Shanghai', TRUE, TRUE, ?)", rows);
        List<Map<String, Object>> stored = jdbc.queryForList("SELECT id, email FROM app_user WHERE email LIKE ? "
                + "ORDER BY id", "bench-" + run + "-%");
        return stored.stream().map(row -> new AppPrincipal(((Number) row.get("id")).longValue(),
                (String) row.get("email"), "Bench voter", "", EnumSet.of(Role.PARTICIPANT), Locale.ENGLISH,
                ZoneId.of("Asia/Shanghai"), true, false)).toList();
    }
}
