package org.opencontest.submission.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opencontest.account.TestAccounts;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.ReceiptCheck;
import org.opencontest.submission.internal.ReceiptVerifier;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.SubmissionFilter;
import org.opencontest.submission.SubmissionFixtures;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.support.ThrowawayObjectStore;
import org.opencontest.support.ThrowawayPostgres;
import org.opencontest.team.Enrolment;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The deadline surge through the real HTTP API (not in CI; {@code ./mvnw -Pbench test -Dtest=DeadlineSurgeBench}):
 * 50 teams, each with its own client and token, send 10 submissions of 1 MB each (500 in all) at once; then every
 * version is counted and every receipt verified. Reports p50/p95/max latency and the wall time.
 */
@ActiveProfiles("test")
// The production pool (Hikari's default of 10 connections): one connection per request suffices since the test-only
// RecordedMails no longer is a transactional listener that Spring Modulith tracks (see there).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlineSurgeBench {

    private static final int CLIENTS = 50;
    private static final int PER_CLIENT = 10;
    private static final int SIZE = 1_000_000;
    private static final String BOUNDARY = "----surge-boundary";
    private static final Pattern RECEIPT = Pattern.compile("\"receipt\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    @LocalServerPort
    int port;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    SubmissionAdministration administration;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ReceiptVerifier verifier;
    @Autowired
    Clock clock;
    @Value("${spring.datasource.hikari.maximum-pool-size:10}")
    int poolSize;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ThrowawayPostgres::url);
        registry.add("opencontest.storage.embedded-directory", ThrowawayObjectStore::directory);
    }

    @Test
    void fiveHundredSubmissionsFromFiftyClientsAreAllKeptAndVerifiable() throws Exception {
        AppPrincipal firstLeader = accounts.create(Role.PARTICIPANT);
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant(), firstLeader,
                accounts.create(Role.PARTICIPANT));
        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(Set.of("application/pdf"),
                2 * SubmissionRules.MIB, 20 * SubmissionRules.MIB, 5, PER_CLIENT, PER_CLIENT, LatePolicy.REJECT,
                Duration.ofMinutes(15), 0)));
        List<String> clientTokens = new ArrayList<>();
        clientTokens.add(token(firstLeader));
        for (int i = 1; i < CLIENTS; i++) {
            AppPrincipal leader = accounts.create(Role.PARTICIPANT);
            RegisteredTeam team = TeamFixtures.register(teams, contests, leader, s.contestId(), "Surge " + i);
            assertThat(team.teamId()).isPositive();
            clientTokens.add(token(leader));
        }
        byte[] body = body();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://localhost:" + port + "/api/v1/contests/" + s.slug() + "/submissions");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> receipts = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        double load = BenchSupport.loadAverage();
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (String token : clientTokens) {
            clients.add(pool.submit(() -> {
                for (int n = 0; n < PER_CLIENT; n++) {
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    latencies.add(System.nanoTime() - sent);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    Matcher receipt = RECEIPT.matcher(response.body());
                    assertThat(receipt.find()).isTrue();
                    receipts.add(receipt.group(1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\"));
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();

        long stored = as(s.organiser(), () -> administration.count(s.contestId(), SubmissionFilter.ALL));
        long genuine = receipts.stream().filter(r -> anonymously(() -> verifier.verify(r)).outcome()
                == ReceiptCheck.Outcome.GENUINE_MATCHES).count();
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("BENCH surge clients=%d submissions=%d size=%d pool=%d wall=%.1f s stored=%d "
                        + "receiptsGenuine=%d p50=%d ms p95=%d ms max=%d ms load=%.2f->%.2f%n", CLIENTS, sorted.size(),
                SIZE, poolSize, wall / 1e9, stored, genuine, sorted.get(sorted.size() / 2) / 1_000_000,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1_000_000,
                sorted.get(sorted.size() - 1) / 1_000_000, load, BenchSupport.loadAverage());
        assertThat(stored).isEqualTo(CLIENTS * PER_CLIENT);
        assertThat(genuine).isEqualTo(CLIENTS * PER_CLIENT);
    }

    private String token(AppPrincipal owner) {
        return as(owner, () -> tokens.create(new NewApiToken("surge " + UUID.randomUUID(),
                EnumSet.of(ApiScope.SUBMISSIONS_WRITE), 1))).secret();
    }

    /** A title and one 1 MB PDF (a PDF header, then filler). */
    private static byte[] body() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"titleEn\"\r\n\r\nSurge\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"solution.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] pdf = new byte[SIZE];
        byte[] header = SubmissionFixtures.PDF.getBytes(StandardCharsets.US_ASCII);
        java.util.Arrays.fill(pdf, (byte) 'x');
        System.arraycopy(header, 0, pdf, 0, header.length);
        out.write(pdf);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
