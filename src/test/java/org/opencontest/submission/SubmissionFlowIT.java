package org.opencontest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.submission.SubmissionFixtures.bytes;
import static org.opencontest.submission.SubmissionFixtures.pdf;
import static org.opencontest.submission.SubmissionFixtures.zip;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Role;
import org.opencontest.storage.ObjectStorage;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.submission.internal.ExtensionView;
import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.Receipt;
import org.opencontest.submission.internal.ReceiptCheck;
import org.opencontest.submission.internal.ReceiptFile;
import org.opencontest.submission.internal.ReceiptVerifier;
import org.opencontest.submission.internal.SubmissionAdministration;
import org.opencontest.submission.internal.SubmissionReading;
import org.opencontest.submission.internal.SubmissionRules;
import org.opencontest.submission.internal.SubmittedFile;
import org.opencontest.support.IntegrationTest;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamReview;
import org.opencontest.team.TeamRow;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Upload, submit, receipt and verification against PostgreSQL, the embedded S3 server and real teams. */
class SubmissionFlowIT extends IntegrationTest {

    @Autowired
    SubmissionDrafts drafts;
    @Autowired
    PackageSubmission submitting;
    @Autowired
    SubmissionReading reading;
    @Autowired
    SubmissionAdministration administration;
    @Autowired
    ReceiptVerifier verifier;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    TeamReview review;
    @Autowired
    ObjectStorage storage;
    @Autowired
    MinioClient minio;
    @Autowired
    RecordedMails mails;
    @Autowired
    Clock clock;
    @Value("${opencontest.storage.bucket}")
    String bucket;

    Scenario s;

    @BeforeEach
    void setUp() {
        s = SubmissionFixtures.scenario(contests, teams, clock.instant());
    }

    @Test
    void aMemberUploadsSubmitsAndGetsASignedReceiptThatVerifies() throws Exception {
        upload(s, pdf(), "proposal.pdf");
        upload(s, zip(), "source.zip");
        saveTitle(s, "Safer crossings");

        VersionDetail v1 = as(s.member(), () -> submitting.submit(s.contestId(), key()));

        assertThat(v1.summary().number()).isEqualTo(1);
        assertThat(v1.summary().finalVersion()).isTrue();
        assertThat(v1.summary().late()).isFalse();
        assertThat(v1.files()).extracting(SubmittedFile::name).containsExactly("proposal.pdf", "source.zip");
        assertThat(v1.files()).extracting(SubmittedFile::mediaType).containsExactly("application/pdf", "application/zip");
        for (SubmittedFile file : v1.files()) {
            String stored = versionObjectSha256(v1, file);
            assertThat(stored).as("checksum recomputed from the stored object").isEqualTo(file.sha256());
        }
        Receipt receipt = v1.receipt();
        assertThat(receipt.files()).extracting(ReceiptFile::sha256)
                .containsExactlyElementsOf(v1.files().stream().map(SubmittedFile::sha256).toList());
        assertThat(anonymously(() -> verifier.verify(receipt.document())).outcome())
                .isEqualTo(ReceiptCheck.Outcome.GENUINE_MATCHES);
        String forged = receipt.document().replace("file.1.size=" + v1.files().get(0).size(), "file.1.size=1");
        assertThat(anonymously(() -> verifier.verify(forged)).outcome()).isEqualTo(ReceiptCheck.Outcome.NOT_GENUINE);
        assertThat(anonymously(() -> verifier.verify("hello")).outcome()).isEqualTo(ReceiptCheck.Outcome.UNREADABLE);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mails.to(s.leader().email(), "submission.receipt")).singleElement()
                    .satisfies(mail -> assertThat(mail.model().get("receipt")).isEqualTo(receipt.document()));
            assertThat(mails.to(s.member().email(), "submission.receipt")).hasSize(1);
        });
    }

    @Test
    void onlyTheTeamAndTheContestsOrganisersSeeAVersion() {
        VersionDetail v1 = submitOne(s);
        long fileId = v1.files().get(0).id();

        assertThat(as(s.leader(), () -> reading.version(v1.summary().id())).summary().number()).isEqualTo(1);
        assertThat(as(s.organiser(), () -> reading.version(v1.summary().id())).files()).hasSize(1);
        assertThat(as(s.organiser(), () -> reading.fileLink(v1.summary().id(), fileId)).toString())
                .contains("X-Amz-Signature");
        Scenario other = SubmissionFixtures.scenario(contests, teams, clock.instant());
        for (var stranger : List.of(other.leader(), other.organiser(), person(Role.JUDGE))) {
            assertThatThrownBy(() -> as(stranger, () -> reading.version(v1.summary().id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(stranger, () -> reading.fileLink(v1.summary().id(), fileId)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> as(other.organiser(), () -> administration.overview(s.contestId(),
                SubmissionFilter.ALL, 0, 10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.leader(), () -> drafts.myPackage(s.contestId())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("submission.error.noTeam");
    }

    @Test
    void badFilesAreRefusedAndLeaveNothingBehind() {
        refused(() -> upload(s, bytes(SubmissionFixtures.EXE), "proposal.pdf"), "submission.error.typeNotAllowed");
        refused(() -> upload(s, bytes(new byte[0]), "empty.pdf"), "submission.error.emptyFile");
        SubmittedFile hostile = upload(s, pdf(), "../../etc/\u202Efdp.exe" + "x".repeat(300) + ".pdf");
        assertThat(hostile.name()).doesNotContain("/", "\u202E").hasSizeLessThanOrEqualTo(150).endsWith(".pdf");
        upload(s, pdf(), "plan.pdf");
        refused(() -> upload(s, pdf(), "plan.pdf"), "submission.error.duplicateName");

        as(s.organiser(), () -> administration.saveRules(s.contestId(), rules(SubmissionRules.MIB, 2, 5, 5)));
        refused(() -> upload(s, bytes(new byte[(int) (2 * SubmissionRules.MIB)]), "big.pdf"),
                "submission.error.tooManyFiles");
        as(s.leader(), () -> {
            drafts.removeFile(s.contestId(), hostile.id());
            return null;
        });
        byte[] big = (SubmissionFixtures.PDF + "x".repeat((int) (2 * SubmissionRules.MIB))).getBytes(StandardCharsets.US_ASCII);
        refused(() -> upload(s, bytes(big), "big.pdf"), "submission.error.fileTooLarge");

        PackageState state = as(s.member(), () -> drafts.myPackage(s.contestId()));
        assertThat(state.files()).extracting(SubmittedFile::name).containsExactly("plan.pdf");
        assertThat(objectsUnder(state)).as("only the one kept file is in the store").hasSize(1);
    }

    @Test
    void aBrokenUploadStreamRecordsNothingAndARetryWorks() {
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 20 * 1024 * 1024) {
                    throw new IOException("connection reset");
                }
                return sent < 10 ? SubmissionFixtures.PDF.charAt(sent - 1) : 'x';
            }
        };
        assertThatThrownBy(() -> upload(s, breaking, "video.pdf")).isInstanceOf(UncheckedIOException.class);
        PackageState state = as(s.member(), () -> drafts.myPackage(s.contestId()));
        assertThat(state.files()).isEmpty();
        assertThat(objectsUnder(state)).isEmpty();

        upload(s, pdf(), "video.pdf");
        assertThat(as(s.member(), () -> drafts.myPackage(s.contestId())).files()).hasSize(1);
    }

    @Test
    void aRepeatedSubmitIsTheSameVersionAndConcurrentSubmitsGetConsecutiveNumbers() throws Exception {
        upload(s, pdf(), "a.pdf");
        saveTitle(s, "Twice");
        String key = key();
        VersionDetail first = as(s.member(), () -> submitting.submit(s.contestId(), key));
        VersionDetail again = as(s.member(), () -> submitting.submit(s.contestId(), key));
        assertThat(again.summary().id()).isEqualTo(first.summary().id());

        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<VersionDetail>> both = new ArrayList<>();
        for (var who : List.of(s.leader(), s.member())) {
            both.add(CompletableFuture.supplyAsync(() -> as(who, () -> {
                await(together);
                return submitting.submit(s.contestId(), key());
            })));
        }
        List<Integer> numbers = both.stream().map(CompletableFuture::join).map(v -> v.summary().number()).sorted().toList();
        assertThat(numbers).containsExactly(2, 3);
        PackageState state = as(s.leader(), () -> drafts.myPackage(s.contestId()));
        assertThat(state.versions()).extracting(VersionSummary::number).containsExactly(3, 2, 1);
        assertThat(state.versions()).filteredOn(VersionSummary::finalVersion).extracting(VersionSummary::number)
                .containsExactly(3);
    }

    @Test
    void afterTheDeadlineTheLatePolicyDecidesAndAnExtensionReopensForOneTeam() {
        upload(s, pdf(), "a.pdf");
        saveTitle(s, "Late");
        SubmissionRules noGrace = rules(100 * SubmissionRules.MIB, 5, 5, 10);
        SubmissionRules saved = as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(noGrace.allowedTypes(),
                noGrace.maxFileBytes(), noGrace.maxPackageBytes(), noGrace.maxFiles(), noGrace.quotaPerDay(),
                noGrace.quotaTotal(), LatePolicy.REJECT, Duration.ZERO, 0)));
        // one second after the deadline
        SubmissionFixtures.closeSubmissionAt(contests, s, clock.instant().minusSeconds(1));

        assertThatThrownBy(() -> as(s.member(), () -> submitting.submit(s.contestId(), key())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("submission.error.deadlinePassed")
                .satisfies(e -> assertThat(((UserFacingException) e).getArguments()[0])
                        .isInstanceOfSatisfying(org.opencontest.shared.time.ZonedMoment.class, when -> assertThat(
                                when.in(java.util.Locale.SIMPLIFIED_CHINESE)).contains("(Asia/Shanghai)").contains("年")));
        refused(() -> upload(s, pdf(), "b.pdf"), "submission.error.deadlinePassed");

        SubmissionRules flagged = rules(100 * SubmissionRules.MIB, 5, 5, 10);
        as(s.organiser(), () -> administration.saveRules(s.contestId(), new SubmissionRules(flagged.allowedTypes(),
                flagged.maxFileBytes(), flagged.maxPackageBytes(), flagged.maxFiles(), flagged.quotaPerDay(),
                flagged.quotaTotal(), LatePolicy.ACCEPT_FLAGGED, Duration.ZERO, saved.version())));
        VersionDetail late = as(s.member(), () -> submitting.submit(s.contestId(), key()));
        assertThat(late.summary().late()).isTrue();
        assertThat(late.receipt().canonicalText()).contains("late=true");
        assertThat(as(s.organiser(), () -> administration.count(s.contestId(),
                new SubmissionFilter(null, true, false, null)))).isEqualTo(1);

        as(s.organiser(), () -> administration.grantExtension(s.contestId(), s.teamId(),
                clock.instant().plus(Duration.ofHours(2)), "Power cut at the university"));
        VersionDetail onTime = as(s.member(), () -> submitting.submit(s.contestId(), key()));
        assertThat(onTime.summary().late()).isFalse();
        assertThatThrownBy(() -> as(s.organiser(), () -> administration.grantExtension(s.contestId(), s.teamId(),
                clock.instant().plus(Duration.ofHours(2)), " "))).hasMessageContaining("submission.extension.error.reason");
    }

    @Test
    void extensionsGoToAnyApprovedTeamEvenBeforeItUploadsButNotToOthers() {
        String freshName = TeamFixtures.uniqueName();
        RegisteredTeam fresh = TeamFixtures.register(teams, contests, person(Role.PARTICIPANT), s.contestId(), freshName);
        assertThat(as(s.organiser(), () -> administration.countApprovedTeams(s.contestId(), freshName))).isEqualTo(1);
        assertThat(as(s.organiser(), () -> administration.approvedTeams(s.contestId(), freshName, 0, 10)))
                .extracting(TeamRow::id).containsExactly(fresh.teamId());

        ExtensionView granted = as(s.organiser(), () -> administration.grantExtension(s.contestId(), fresh.teamId(),
                clock.instant().plus(Duration.ofDays(20)), "Registered late after a data outage"));
        assertThat(granted.teamName()).isEqualTo(freshName);
        assertThat(as(s.organiser(), () -> administration.extensions(s.contestId())))
                .extracting(ExtensionView::teamName).contains(freshName);

        as(s.organiser(), () -> review.reject(fresh.teamId(),
                review.detail(fresh.teamId()).version(), "Not eligible"));
        refused(() -> as(s.organiser(), () -> administration.grantExtension(s.contestId(), fresh.teamId(),
                clock.instant().plus(Duration.ofDays(20)), "Again")), "submission.extension.error.notApproved");
        assertThat(as(s.organiser(), () -> administration.countApprovedTeams(s.contestId(), freshName))).isZero();
        Scenario elsewhere = SubmissionFixtures.scenario(contests, teams, clock.instant());
        assertThatThrownBy(() -> as(s.organiser(), () -> administration.grantExtension(s.contestId(),
                elsewhere.teamId(), clock.instant().plus(Duration.ofDays(20)), "Wrong contest")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void quotasCountVersionsPerDayAndTheFinalPickStaysUntilTheDeadline() {
        as(s.organiser(), () -> administration.saveRules(s.contestId(), rules(100 * SubmissionRules.MIB, 5, 2, 10)));
        upload(s, pdf(), "a.pdf");
        saveTitle(s, "Quota");
        VersionDetail v1 = as(s.member(), () -> submitting.submit(s.contestId(), key()));
        as(s.member(), () -> submitting.submit(s.contestId(), key()));
        refused(() -> as(s.member(), () -> submitting.submit(s.contestId(), key())), "submission.error.quotaDay");

        PackageState picked = as(s.leader(), () -> submitting.pickFinal(s.contestId(), v1.summary().id()));
        assertThat(picked.versions()).filteredOn(VersionSummary::finalVersion).extracting(VersionSummary::number)
                .containsExactly(1);
        assertThat(as(s.organiser(), () -> administration.overview(s.contestId(),
                new SubmissionFilter(null, null, true, 2), 0, 10))).extracting(VersionSummary::number).containsExactly(1);
        assertThat(as(s.organiser(), () -> administration.count(s.contestId(),
                new SubmissionFilter(null, null, false, 3)))).isZero();
    }

    @Test
    void theExportHoldsEveryFinalVersionWithMatchingChecksums() throws Exception {
        upload(s, pdf(), "proposal.pdf");
        upload(s, zip(), "../source.zip");
        saveTitle(s, "@Export me");
        VersionDetail v1 = as(s.member(), () -> submitting.submit(s.contestId(), key()));

        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        as(s.organiser(), () -> {
            administration.exportFinalZip(s.contestId(), zipped);
            return null;
        });
        List<String> names = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        String csv = null;
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(zipped.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals("submissions.csv")) {
                    csv = new String(content, StandardCharsets.UTF_8);
                } else {
                    names.add(entry.getName());
                    digests.add(sha256(content));
                }
            }
        }
        String folder = v1.summary().teamName() + "-v1/";
        assertThat(names).containsExactly(folder + "proposal.pdf", folder + "source.zip");
        assertThat(digests).containsExactlyElementsOf(v1.files().stream().map(SubmittedFile::sha256).toList());
        assertThat(csv).startsWith("\uFEFFcontest_id,")
                .contains(v1.files().get(0).sha256(), v1.files().get(1).sha256(), ",'@Export me,");

        ByteArrayOutputStream csvOnly = new ByteArrayOutputStream();
        as(s.organiser(), () -> {
            administration.exportCsv(s.contestId(), csvOnly);
            return null;
        });
        assertThat(csvOnly.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
    }

    // ----- helpers ----------------------------------------------------------------------------------------------

    private SubmittedFile upload(Scenario scenario, InputStream content, String name) {
        return as(scenario.member(), () -> drafts.upload(scenario.contestId(), content, name, clock.instant()));
    }

    private void saveTitle(Scenario scenario, String title) {
        as(scenario.member(), () -> {
            PackageState state = drafts.myPackage(scenario.contestId());
            PackageInput input = state.input();
            return drafts.saveDraft(scenario.contestId(), state.version(), new PackageInput(input.trackId(), title,
                    "标题", "Abstract", null, List.of(), "Traffic accidents 2025", "https://demo.example.org", null, null));
        });
    }

    private VersionDetail submitOne(Scenario scenario) {
        upload(scenario, pdf(), "proposal.pdf");
        saveTitle(scenario, "One");
        return as(scenario.member(), () -> submitting.submit(scenario.contestId(), key()));
    }

    private static SubmissionRules rules(long maxFile, int maxFiles, int perDay, int total) {
        return new SubmissionRules(Set.of("application/pdf", "application/zip"), maxFile, 100 * SubmissionRules.MIB,
                maxFiles, perDay, total, LatePolicy.REJECT, Duration.ofMinutes(10), 0);
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessageContaining(key);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private String versionObjectSha256(VersionDetail version, SubmittedFile file) throws Exception {
        String link = as(s.organiser(), () -> reading.fileLink(version.summary().id(), file.id())).toString();
        String objectKey = java.net.URLDecoder.decode(link.substring(link.indexOf(bucket + "/") + bucket.length() + 1,
                link.indexOf('?')), StandardCharsets.UTF_8);
        try (InputStream in = storage.get(objectKey)) {
            return sha256(in.readAllBytes());
        }
    }

    private List<String> objectsUnder(PackageState state) {
        List<String> keys = new ArrayList<>();
        String prefix = "contests/" + state.contestId() + "/submissions/" + state.packageId() + "/";
        minio.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build())
                .forEach(item -> {
                    try {
                        keys.add(item.get().objectName());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        return keys;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
