package org.opencontest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DatasetFixtures;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.account.TestAccounts;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.storage.PseudoRandomInputStream;
import org.opencontest.submission.internal.ReceiptCheck;
import org.opencontest.submission.internal.ReceiptVerifier;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.support.CountingInputStream;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.MovableClock;
import org.opencontest.submission.internal.StageAdministration;
import org.opencontest.submission.internal.StageDefinition;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The submission API through the real filter chain, MVC, the streaming multipart parser, PostgreSQL and the object
 * store, with real accounts and tokens. Bodies are raw multipart bytes, as curl sends them.
 */
class SubmissionApiIT extends IntegrationTest {

    private static final String BOUNDARY = "----opencontest-test-boundary";
    private static final long MIB = SubmissionRules.MIB;
    /** The EICAR anti-virus test string: harmless plain text that every scanner flags. */
    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    /** Medium dates as the refusals format them: "Nov 27, 2026" and "2026年11月27日". */
    private static final String ENGLISH_DATE = "[A-Z][a-z]{2} \\d{1,2}, 20\\d\\d";
    private static final String CHINESE_DATE = "20\\d\\d年\\d{1,2}月\\d{1,2}日";

    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired ContestService contests;
    @Autowired TeamService teams;
    @Autowired ReceiptVerifier verifier;
    @Autowired SubmissionDrafts drafts;
    @Autowired Clock clock;
    @Autowired SubmissionAdministration administration;
    @Autowired StageAdministration stages;
    @Autowired MinioClient minio;
    @Autowired DatasetPublishing publishing;
    @Value("${opencontest.storage.bucket}") String bucket;

    final ObjectMapper json = new ObjectMapper();
    MockMvc mvc;
    SubmissionFixtures.Scenario s;
    String writer;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        AppPrincipal leader = accounts.create(Role.PARTICIPANT);
        s = SubmissionFixtures.scenario(contests, teams, clock.instant(), leader, accounts.create(Role.PARTICIPANT));
        writer = token(leader, ApiScope.CONTESTS_READ, ApiScope.SUBMISSIONS_READ, ApiScope.SUBMISSIONS_WRITE);
    }

    @Test
    void datasetsAreDeclaredBySlugAndComeBackAsSlugsAndAnUnknownSlugIsRefused() throws Exception {
        DatasetFixtures.Published dataset = DatasetFixtures.publish(publishing, s.organiser(), AccessTier.OPEN,
                Set.of(s.contestId()), null);
        byte[] body = multipart(Map.of("titleEn", "Declared data", "datasets", dataset.slug(), "otherData", "Bus GPS 2025"),
                file("proposal.pdf", SubmissionFixtures.pdf().readAllBytes()));
        submit(writer, body, "ci-datasets-0001").andExpect(status().isCreated())
                .andExpect(jsonPath("$.description.datasets.length()").value(1))
                .andExpect(jsonPath("$.description.datasets[0]").value(dataset.slug()))
                .andExpect(jsonPath("$.description.otherData").value("Bus GPS 2025"));

        byte[] foreign = multipart(Map.of("titleEn", "Declared data", "datasets", dataset.slug() + " no-such-dataset"),
                file("proposal.pdf", SubmissionFixtures.pdf().readAllBytes()));
        submit(writer, foreign, "ci-datasets-0002").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("submission.error.dataset"));
    }

    @Test
    void aScriptSubmitsTwoFilesAndGetsAReceiptThatVerifies() throws Exception {
        byte[] body = multipart(Map.of("titleEn", "Safer crossings", "titleZh", "更安全的路口"),
                file("proposal.pdf", SubmissionFixtures.pdf().readAllBytes()),
                file("source.zip", SubmissionFixtures.zip().readAllBytes()));

        JsonNode created = read(submit(writer, body, "ci-run-0001")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith("/api/v1/submissions/")))
                .andExpect(jsonPath("$.version.version").value(1))
                .andExpect(jsonPath("$.version.finalVersion").value(true))
                .andExpect(jsonPath("$.description.titleZh").value("更安全的路口"))
                .andExpect(jsonPath("$.files[0].name").value("proposal.pdf"))
                .andExpect(jsonPath("$.files[0].mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.files[1].mediaType").value("application/zip")));
        String receipt = created.get("receipt").asText();
        assertThat(anonymously(() -> verifier.verify(receipt)).outcome()).isEqualTo(ReceiptCheck.Outcome.GENUINE_MATCHES);
        assertThat(as(s.member(), () -> drafts.myPackage(s.contestId())).files())
                .as("the web draft is not touched").isEmpty();

        read(submit(writer, body, "ci-run-0001").andExpect(status().isOk())
                .andExpect(jsonPath("$.version.versionId").value(created.get("version").get("versionId").asLong())));

        read(call(get("/api/v1/contests"), writer).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.slug == '" + s.slug() + "')].role").value("PARTICIPANT")));
        read(call(get("/api/v1/contests/" + s.slug() + "/submissions"), writer).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].fileCount").value(2)));
        read(call(get("/api/v1/submissions/" + created.get("version").get("versionId").asLong()), writer)
                .andExpect(status().isOk()).andExpect(jsonPath("$.receipt").value(receipt)));
    }

    @Test
    void refusalsAreProblemsAndLeaveNothing() throws Exception {
        byte[] exe = multipart(Map.of("titleEn", "Sneaky"), file("proposal.pdf", SubmissionFixtures.EXE));
        submit(writer, exe, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("submission.error.typeNotAllowed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("proposal.pdf")));
        byte[] noTitle = multipart(Map.of(), file("proposal.pdf", SubmissionFixtures.pdf().readAllBytes()));
        submit(writer, noTitle, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("submission.error.titleRequired"));
        assertThat(as(s.leader(), () -> drafts.myPackage(s.contestId())).versions()).isEmpty();

        String reader = token(s.leader(), ApiScope.SUBMISSIONS_READ);
        submit(reader, noTitle, null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("api.error.missingScope"));
        call(post("/api/v1/contests/" + s.slug() + "/submissions").contentType("application/json").content("{}"), writer)
                .andExpect(status().is4xxClientError());
        call(get("/api/v1/contests/" + s.slug() + "-nope/submissions"), writer).andExpect(status().isNotFound());

        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minusSeconds(1));
        byte[] late = multipart(Map.of("titleEn", "Late"), file("proposal.pdf", SubmissionFixtures.pdf().readAllBytes()));
        submit(writer, late, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("submission.error.deadlinePassed"));
    }

    @Test
    void aTeamNotShortlistedFromTheIdeaStageIsRefusedThePrototypeStageInTheRequestsLanguage() throws Exception {
        java.time.Instant day = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        as(s.organiser(), () -> stages.save(s.contestId(), List.of(
                new StageDefinition(1, new LocalizedText("Idea", "创意"), day.minus(java.time.Duration.ofDays(1)),
                        day.plus(java.time.Duration.ofDays(2)), null, SubmissionRules.DEFAULTS),
                new StageDefinition(2, new LocalizedText("Prototype", "原型"), day.plus(java.time.Duration.ofDays(3)),
                        day.plus(java.time.Duration.ofDays(9)), null, SubmissionRules.DEFAULTS))));
        ((MovableClock) clock).advance(java.time.Duration.ofDays(4));
        byte[] body = multipart(Map.of("titleEn", "Prototype"), file("proposal.pdf", SubmissionFixtures.pdf().readAllBytes()));

        submitIn(writer, body, "zh-CN").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("submission.error.notShortlisted"))
                .andExpect(jsonPath("$.detail").value(
                        "只有从“创意”入围的队伍才能在“原型”提交作品，你的队伍未入围。"
                                + "主办方尚未向队伍公开评委对“创意”的反馈；公开后会显示在竞赛的反馈页面。"));
        submitIn(writer, body, "en").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                "Only teams shortlisted from “Idea” may submit in “Prototype”, and your team was not shortlisted. "
                        + "The organisers have not released the judges’ feedback on “Idea” to the teams; once they do, "
                        + "it appears on the contest’s feedback page."));
    }

    @Test
    void refusalsFormatTheirDatesInTheRequestsLanguageNotTheProfiles() throws Exception {
        AppPrincipal chineseLeader = accounts.create(Role.PARTICIPANT, ZoneId.of("Asia/Shanghai"),
                SupportedLocales.CHINESE);
        s = SubmissionFixtures.scenario(contests, teams, clock.instant(), chineseLeader,
                accounts.create(Role.PARTICIPANT));
        String chineseWriter = token(chineseLeader, ApiScope.SUBMISSIONS_WRITE);
        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minusSeconds(1));
        byte[] late = multipart(Map.of("titleEn", "Late"), file("proposal.pdf", SubmissionFixtures.pdf().readAllBytes()));

        String english = read(submitIn(chineseWriter, late, "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("submission.error.deadlinePassed"))).get("detail").asText();
        assertThat(english).as("English dates for a Chinese profile asking in English")
                .containsPattern(ENGLISH_DATE).doesNotContainPattern(CHINESE_DATE);
        String englishWriter = token(s.member(), ApiScope.SUBMISSIONS_WRITE);
        assertThat(read(submitIn(englishWriter, late, "zh-CN").andExpect(status().isBadRequest())).get("detail").asText())
                .as("Chinese dates for an English profile asking in Chinese")
                .containsPattern(CHINESE_DATE).doesNotContainPattern(ENGLISH_DATE);
        assertThat(read(submitIn(chineseWriter, late, null).andExpect(status().isBadRequest())).get("detail").asText())
                .as("without Accept-Language, the profile's language").containsPattern(CHINESE_DATE);
    }

    @Test
    void anOrganisersSecondPageStartsAtTheOffsetNotAtTheFirstPage() throws Exception {
        for (int i = 1; i <= 3; i++) {
            byte[] body = multipart(Map.of("titleEn", "Version " + i),
                    file("proposal.pdf", SubmissionFixtures.pdf().readAllBytes()));
            submit(writer, body, "offset-run-" + i).andExpect(status().isCreated());
        }
        // an admin manages every contest: the organiser's listing (the scenario's organiser has no account for a token)
        String organiser = token(accounts.create(Role.ADMIN), ApiScope.SUBMISSIONS_READ);
        String listing = "/api/v1/contests/" + s.slug() + "/submissions";

        JsonNode all = read(call(get(listing).param("offset", "0").param("limit", "3"), organiser)
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3)));
        JsonNode second = read(call(get(listing).param("offset", "1").param("limit", "2"), organiser)
                .andExpect(status().isOk()));

        assertThat(second.findValuesAsText("versionId"))
                .containsExactly(all.get(1).get("versionId").asText(), all.get(2).get("versionId").asText());
    }

    @Test
    void aRefusedTypeIsRefusedAfterItsFirstBytesNotAfterTheWholeBody() throws Exception {
        StreamedBody body = StreamedBody.file("tool.exe", new SequenceInputStream(
                new ByteArrayInputStream(SubmissionFixtures.EXE), new PseudoRandomInputStream(3, 64 * MIB)));

        submitStreamed(writer, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("submission.error.typeNotAllowed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("tool.exe")));

        assertThat(body.count()).as("bytes read of a 64 MiB body before the refusal").isLessThan(256 * 1024);
        assertNothingStored();
    }

    @Test
    void anOversizedFileIsRefusedAtTheLimit() throws Exception {
        SubmissionRules rules = as(s.organiser(), () -> administration.rules(s.contestId()));
        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(rules.allowedTypes(),
                2 * MIB, 4 * MIB, rules.maxFiles(), rules.quotaPerDay(), rules.quotaTotal(), rules.latePolicy(),
                rules.grace(), rules.version())));
        StreamedBody body = StreamedBody.file("huge.pdf", new SequenceInputStream(SubmissionFixtures.pdf(),
                new PseudoRandomInputStream(5, 64 * MIB)));

        submitStreamed(writer, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("submission.error.fileTooLarge"));

        assertThat(body.count()).as("bytes read of a 64 MiB body before the refusal")
                .isBetween(2 * MIB, 2 * MIB + 256 * 1024);
        assertNothingStored();
    }

    @Test
    void aFileWhoseNameContradictsItsContentIsRefused() throws Exception {
        byte[] eicar = multipart(Map.of("titleEn", "Report"), file("report.pdf", EICAR.getBytes(StandardCharsets.US_ASCII)));

        submit(writer, eicar, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("storage.error.extensionMismatch"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("report.pdf"),
                        org.hamcrest.Matchers.containsString("TXT"))));
        submitIn(writer, eicar, "zh-CN").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("扩展名不符")));
        assertNothingStored();
    }

    @Test
    void controlCharactersInFileNamesAreTranslatedRefusals() throws Exception {
        for (String name : List.of("filename=\"report\u0000.pdf\"", "filename*=UTF-8''report%00.pdf",
                "filename*=UTF-8''report%0D%0A.pdf")) {
            submitIn(writer, pdfNamed(name), "en").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("storage.error.fileNameControl"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NUL")));
            submitIn(writer, pdfNamed(name), "zh-CN").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("storage.error.fileNameControl"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("控制字符")));
        }
        assertNothingStored();
    }

    @Test
    void aBodyCutBeforeItsClosingBoundaryIsABadRequest() throws Exception {
        byte[] whole = multipart(Map.of("titleEn", "Cut"), file("proposal.pdf", SubmissionFixtures.pdf().readAllBytes()));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - BOUNDARY.length() - 20);

        submitIn(writer, cut, "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("submission.api.error.malformed"));
        submitIn(writer, cut, "zh-CN").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不完整")));
        assertNothingStored();
    }

    /** A submit whose body streams from {@code body}, as a client sends a file too large to hold. */
    private ResultActions submitStreamed(String token, StreamedBody body) throws Exception {
        return call(new StreamedPost(body).uri("/api/v1/contests/" + s.slug() + "/submissions")
                .contentType("multipart/form-data; boundary=" + BOUNDARY), token);
    }

    /** A POST whose body is read from a stream instead of a byte array. */
    private static final class StreamedPost extends AbstractMockHttpServletRequestBuilder<StreamedPost> {

        private final InputStream body;

        StreamedPost(InputStream body) {
            super(HttpMethod.POST);
            this.body = body;
        }

        @Override
        protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
            return new MockHttpServletRequest(servletContext) {
                @Override
                public ServletInputStream getInputStream() {
                    return new DelegatingServletInputStream(body);
                }
            };
        }
    }

    private void assertNothingStored() throws Exception {
        assertThat(as(s.leader(), () -> drafts.myPackage(s.contestId())).versions()).as("versions").isEmpty();
        List<String> keys = new ArrayList<>();
        for (String prefix : List.of("contests/" + s.contestId() + "/", "digests/contests/" + s.contestId() + "/")) {
            for (Result<Item> item : minio.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix)
                    .recursive(true).build())) {
                keys.add(item.get().objectName());
            }
        }
        assertThat(keys).as("objects of the contest").isEmpty();
    }

    /**
     * A multipart body whose file part streams from {@code content}; it counts what the server read, to show where
     * a refusal stopped reading.
     */
    private static final class StreamedBody extends CountingInputStream {

        private StreamedBody(InputStream whole) {
            super(whole);
        }

        static StreamedBody file(String name, InputStream content) {
            byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"titleEn\"\r\n\r\nBig\r\n--"
                    + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
            return new StreamedBody(new SequenceInputStream(java.util.Collections.enumeration(List.of(
                    new ByteArrayInputStream(head), content, new ByteArrayInputStream(tail)))));
        }
    }

    /** A PDF part whose Content-Disposition carries the given file-name parameter, byte for byte. */
    private static byte[] pdfNamed(String fileNameParameter) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"titleEn\"\r\n\r\nNames\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; " + fileNameParameter
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.write(SubmissionFixtures.pdf().readAllBytes());
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /** A submit without a request key in the given language ({@code Accept-Language}; null sends none). */
    private ResultActions submitIn(String token, byte[] body, String language) throws Exception {
        var request = post("/api/v1/contests/" + s.slug() + "/submissions")
                .contentType("multipart/form-data; boundary=" + BOUNDARY).content(body);
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return call(request, token);
    }

    private ResultActions submit(String token, byte[] body, String key) throws Exception {
        var request = post("/api/v1/contests/" + s.slug() + "/submissions")
                .contentType("multipart/form-data; boundary=" + BOUNDARY).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return call(request, token);
    }

    private ResultActions call(AbstractMockHttpServletRequestBuilder<?> request,
                               String token) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String token(AppPrincipal owner, ApiScope first, ApiScope... more) {
        return as(owner, () -> tokens.create(new NewApiToken("t " + UUID.randomUUID(), EnumSet.of(first, more), 30)))
                .secret();
    }

    private record Part(String name, byte[] content) {
    }

    private static Part file(String name, byte[] content) {
        return new Part(name, content);
    }

    /** A multipart/form-data body as a browser or curl writes it: the fields first, then the files. */
    private static byte[] multipart(Map<String, String> fields, Part... files) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Part file : files) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.content());
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }
}
