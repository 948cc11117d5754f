package org.opencontest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencontest.account.TestAccounts;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.storage.PseudoRandomInputStream;
import org.opencontest.storage.StorageUnavailableException;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.ReceiptCheck;
import org.opencontest.submission.internal.ReceiptVerifier;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.submission.internal.SubmittedFile;
import org.opencontest.support.OutageTest;
import org.opencontest.support.StoredObjects;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.WebApplicationContext;

/**
 * The object store really goes away in the middle of an upload: the application runs against an S3 server of its
 * own ({@link OutageTest}), which the upload's own stream stops after two parts have been stored. The upload fails
 * with the translated "storage unavailable" refusal, nothing is recorded, and once the server is back the same
 * upload and a submit work.
 */
class ObjectStoreOutageIT extends OutageTest {

    private static final long MIB = 1024 * 1024;
    private static final String BOUNDARY = "outage-boundary";

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    SubmissionAdministration administration;
    @Autowired
    ReceiptVerifier verifier;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    StoredObjects stored;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    WebApplicationContext context;
    @Autowired
    HealthEndpoint health;
    @Autowired
    MessageSource messages;
    @Autowired
    Clock clock;
    @Value("${opencontest.storage.part-size}")
    DataSize partSize;

    @Test
    void theStoreStoppingMidUploadLeavesNothingAndTheRetryAfterItsReturnWorks() throws Exception {
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant());
        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(
                Set.of("application/octet-stream"), 100 * MIB, 100 * MIB, 5, 10, 10, LatePolicy.REJECT,
                Duration.ZERO, 0)));
        long size = 5 * partSize.toBytes() / 2;

        InputStream failing = new StopsTheStoreAfter(new PseudoRandomInputStream(7, size), 2 * partSize.toBytes() + 1);
        assertThatThrownBy(() -> as(s.member(), () -> drafts.upload(s.contestId(), failing, "model.bin",
                clock.instant())))
                .isInstanceOf(StorageUnavailableException.class)
                .hasFieldOrPropertyWithValue("messageKey", "storage.error.unavailable");
        for (Locale locale : SupportedLocales.ALL) {
            assertThat(messages.getMessage("storage.error.unavailable", null, locale)).isNotBlank();
        }

        store().start();
        PackageState after = as(s.member(), () -> drafts.myPackage(s.contestId()));
        assertThat(after.files()).as("no draft file row").isEmpty();
        assertThat(after.versions()).as("no version").isEmpty();
        String prefix = "contests/" + s.contestId() + "/";
        assertThat(stored.keysUnder(prefix)).as("no object under the contest").isEmpty();

        SubmittedFile retried = as(s.member(), () -> drafts.upload(s.contestId(),
                new PseudoRandomInputStream(7, size), "model.bin", clock.instant()));
        assertThat(retried.size()).isEqualTo(size);
        VersionDetail version = as(s.member(), () -> {
            PackageState state = drafts.myPackage(s.contestId());
            drafts.saveDraft(s.contestId(), state.version(), new PackageInput(state.input().trackId(),
                    "After the outage", null, null, null, List.of(), null, null, null, null));
            return submitting.submit(s.contestId(), UUID.randomUUID().toString());
        });
        assertThat(version.files()).extracting(SubmittedFile::sha256).containsExactly(retried.sha256());
        assertThat(anonymously(() -> verifier.verify(version.receipt().document())).outcome())
                .isEqualTo(ReceiptCheck.Outcome.GENUINE_MATCHES);
        assertThat(stored.keysUnder(prefix)).as("only the retried upload").hasSize(1);
    }

    @Test
    void whileTheStoreIsAwayTheApiAnswers503WithRetryAfterAndReadinessFailsButLivenessDoesNot() throws Exception {
        AppPrincipal leader = accounts.create(Role.PARTICIPANT);
        SubmissionFixtures.Scenario s = SubmissionFixtures.scenario(contests, teams, clock.instant(), leader,
                accounts.create(Role.PARTICIPANT));
        String token = as(leader, () -> tokens.create(new NewApiToken("outage " + UUID.randomUUID(),
                EnumSet.of(ApiScope.SUBMISSIONS_WRITE), 30))).secret();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        store().stop();
        try {
            for (String language : new String[] {"en", "zh-CN"}) {
                mvc.perform(post("/api/v1/contests/" + s.slug() + "/submissions")
                                .contentType("multipart/form-data; boundary=" + BOUNDARY).content(onePdf())
                                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                                .header("Idempotency-Key", UUID.randomUUID().toString()))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
                        .andExpect(jsonPath("$.code").value("storage.error.unavailable"))
                        .andExpect(jsonPath("$.detail").value(messages.getMessage("storage.error.unavailable", null,
                                Locale.forLanguageTag(language))));
            }
            assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
        } finally {
            store().start();
        }
        assertThat(health.healthForPath("readiness").getStatus()).as("back without a restart").isEqualTo(Status.UP);
        assertThat(as(s.member(), () -> drafts.myPackage(s.contestId())).versions()).isEmpty();
    }

    private static byte[] onePdf() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"titleEn\"\r\n\r\nOutage\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"proposal.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(SubmissionFixtures.pdf().readAllBytes());
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /** Hands out its source's bytes and stops the store once {@code stopAt} bytes went by: mid-upload, for real. */
    private static final class StopsTheStoreAfter extends FilterInputStream {

        private final long stopAt;
        private long read;

        StopsTheStoreAfter(InputStream source, long stopAt) {
            super(source);
            this.stopAt = stopAt;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (read >= stopAt) {
                store().stop();
            }
            int count = super.read(buffer, offset, read < stopAt ? (int) Math.min(length, stopAt - read) : length);
            if (count > 0) {
                read += count;
            }
            return count;
        }
    }
}
