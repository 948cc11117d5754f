package org.opencontest.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.dataset.DatasetFixtures.ACCIDENTS_CSV;
import static org.opencontest.dataset.DatasetFixtures.metadata;
import static org.opencontest.dataset.DatasetFixtures.sha256;
import static org.opencontest.dataset.DatasetFixtures.uniqueSlug;
import static org.opencontest.dataset.DatasetFixtures.utf8;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.internal.DatasetSummary;
import org.opencontest.dataset.internal.ReleaseStatus;
import org.opencontest.dataset.internal.SchemaField;
import org.opencontest.dataset.internal.ValidationIssue;
import org.opencontest.dataset.internal.ValidationIssue.Code;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.storage.StorageUnavailableException;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Publishing through the real services, PostgreSQL and the embedded S3 server: releases, files, bad input. */
class DatasetPublishingIT extends IntegrationTest {

    @Autowired
    DatasetPublishing publishing;

    @Autowired
    DatasetCatalog catalog;

    @Autowired
    ContestService contests;

    @Autowired
    MinioClient minio;

    @Value("${opencontest.storage.bucket}")
    String bucket;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);

    @Test
    void aCsvIsStoredWithChecksumAndAnalysedIntoADataDictionary() {
        DatasetPage dataset = create(AccessTier.OPEN);
        ReleaseView release = as(organiser, () -> publishing.createRelease(dataset.id(), dataset.version(), "2024 Q1",
                new LocalizedText("First release", "首次发布")));

        DataFileView file = as(organiser, () -> publishing.uploadFile(release.id(), utf8(ACCIDENTS_CSV),
                "accidents.csv"));

        assertThat(file.size()).isEqualTo(ACCIDENTS_CSV.getBytes(StandardCharsets.UTF_8).length);
        assertThat(file.sha256()).isEqualTo(sha256(ACCIDENTS_CSV.getBytes(StandardCharsets.UTF_8)));
        assertThat(file.format()).isEqualTo("CSV");
        assertThat(file.report().encoding()).isEqualTo("UTF-8");
        assertThat(file.report().issues()).isEmpty();
        assertThat(file.schema().fields()).extracting(SchemaField::name, SchemaField::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "date"),
                        org.assertj.core.groups.Tuple.tuple("district", "string"),
                        org.assertj.core.groups.Tuple.tuple("road", "string"),
                        org.assertj.core.groups.Tuple.tuple("injured", "integer"),
                        org.assertj.core.groups.Tuple.tuple("speed_kmh", "number"));
        assertThat(file.schema().fields().get(4).nullCount()).isEqualTo(1);
        assertThat(file.preview().rows()).hasSize(3);

        DataFileView described = as(organiser, () -> publishing.describeFields(file.id(), file.version(),
                List.of("Day of the accident", "District", "Road", "People injured", "Speed")));
        assertThat(described.schema().fields().get(3).description()).isEqualTo("People injured");
        assertThat(catalogSchemaOf(release, described)).contains("People injured").contains("\"nullCount\"");
    }

    private String catalogSchemaOf(ReleaseView release, DataFileView file) {
        as(organiser, () -> publishing.publishRelease(release.id(), release.version(), null));
        return anonymously(() -> catalog.tableSchema(file.id()));
    }

    @Test
    void aGbkCsvIsDetectedAndReadCorrectly() {
        ReleaseView release = draftRelease(create(AccessTier.OPEN));
        byte[] gbk = "站点,日期,PM2.5\n徐汇,2024/03/01,35\n".getBytes(Charset.forName("GBK"));

        DataFileView file = as(organiser, () -> publishing.uploadFile(release.id(), new ByteArrayInputStream(gbk),
                "空气质量.csv"));

        assertThat(file.report().encoding()).isEqualTo("GBK");
        assertThat(file.schema().fields().get(0).name()).isEqualTo("站点");
        assertThat(file.preview().rows().get(0).get(0)).isEqualTo("徐汇");
    }

    @Test
    void aReleaseIsImmutableOncePublished() {
        ReleaseView release = draftRelease(create(AccessTier.OPEN));
        DataFileView file = upload(release, "a.csv", ACCIDENTS_CSV);
        ReleaseView published = as(organiser, () -> publishing.publishRelease(release.id(), release.version(), null));

        assertThat(published.status()).isEqualTo(ReleaseStatus.PUBLISHED);
        expectRefusal(() -> publishing.uploadFile(release.id(), utf8("x,y\n1,2\n"), "b.csv"),
                "dataset.error.releasePublished");
        expectRefusal(() -> {
            publishing.removeFile(file.id(), file.version());
            return null;
        }, "dataset.error.releasePublished");
        assertThat(objectsUnder(release)).hasSize(1);
    }

    @Test
    void releasesAreNumberedAndTheLatestPublicOneIsMarked() {
        DatasetPage dataset = create(AccessTier.OPEN);
        ReleaseView first = draftRelease(dataset);
        upload(first, "a.csv", ACCIDENTS_CSV);
        as(organiser, () -> publishing.publishRelease(first.id(), first.version(), null));
        DatasetPage current = as(organiser, () -> publishing.edit(dataset.id()));
        ReleaseView second = as(organiser, () -> publishing.createRelease(dataset.id(), current.version(), "", null));
        upload(second, "a.csv", ACCIDENTS_CSV + "2024-03-04,长宁,Yan'an Rd,3,55\n");
        as(organiser, () -> publishing.publishRelease(second.id(), second.version(), null));

        DatasetPage page = anonymously(() -> catalog.page(dataset.metadata().slug()));

        assertThat(page.releases()).extracting(ReleaseView::number, ReleaseView::label, ReleaseView::latest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "v2", true),
                        org.assertj.core.groups.Tuple.tuple(1, "2024 Q1", false));
        assertThat(anonymously(() -> catalog.sha256Sums(first.id())))
                .isEqualTo(sha256(ACCIDENTS_CSV.getBytes(StandardCharsets.UTF_8)) + "  a.csv\n");
    }

    @Test
    void badInputIsRefusedWithATranslatedReasonAndLeavesNothing() {
        ReleaseView release = draftRelease(create(AccessTier.OPEN));

        expectRefusal(() -> publishing.uploadFile(release.id(), utf8(""), "empty.csv"), "dataset.error.emptyFile");
        expectRefusal(() -> publishing.uploadFile(release.id(), utf8("a"), "x".repeat(300) + ".csv"),
                "dataset.error.fileNameTooLong");
        expectRefusal(() -> publishing.uploadFile(release.id(), utf8("a"), "../\u0000\u202e"),
                "dataset.error.fileNameEmpty");
        expectRefusal(() -> publishing.publishRelease(release.id(), release.version(), null),
                "dataset.error.emptyRelease");

        DataFileView hostile = upload(release, "../../etc/\u202Evsc.txt\r\n", "a,b\n1,2\n");
        assertThat(hostile.name()).isEqualTo("vsc.txt");
        expectRefusal(() -> publishing.uploadFile(release.id(), utf8("a"), "VSC.TXT"), "dataset.error.duplicateName");
        expectRefusal(() -> publishing.uploadFile(release.id(), utf8("a,b\n1,2\n"), "data.exe"),
                "storage.error.extensionMismatch");

        DataFileView ragged = upload(release, "ragged.csv", "a,b,c\n1,2,3\n4,5\n");
        assertThat(ragged.report().issues()).extracting(ValidationIssue::code).containsExactly(Code.RAGGED_ROWS);
        assertThat(ragged.hasErrors()).isFalse();

        DataFileView badEncoding = as(organiser, () -> publishing.uploadFile(release.id(),
                new ByteArrayInputStream(new byte[] {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFE, ',', '1', '\n'}),
                "latin.csv"));
        assertThat(badEncoding.hasErrors()).isTrue();
        expectRefusal(() -> publishing.publishRelease(release.id(), release.version(), null),
                "dataset.error.filesWithErrors");

        as(organiser, () -> {
            publishing.removeFile(badEncoding.id(), badEncoding.version());
            return null;
        });
        assertThat(objectsUnder(release)).hasSize(2);
        assertThat(as(organiser, () -> publishing.publishRelease(release.id(), release.version(), null)).status())
                .isEqualTo(ReleaseStatus.PUBLISHED);
    }

    @Test
    void aCsvOfOneHugeLineIsStoredButReportedWithoutExhaustingMemory() {
        ReleaseView release = draftRelease(create(AccessTier.OPEN));
        long size = 64L * 1024 * 1024;

        DataFileView file = as(organiser, () -> publishing.uploadFile(release.id(), new RepeatingStream('x', size),
                "one-line.csv"));

        assertThat(file.size()).isEqualTo(size);
        assertThat(file.report().issues()).extracting(ValidationIssue::code).containsExactly(Code.ROW_TOO_LONG);
        assertThat(file.schema()).isNull();
    }

    @Test
    void anUploadThatBreaksOffLeavesNoRowAndNoObject() {
        DatasetPage dataset = create(AccessTier.OPEN);
        ReleaseView release = draftRelease(dataset);
        InputStream breaksOff = new RepeatingStream('a', 20L * 1024 * 1024) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position() > 12L * 1024 * 1024) {
                    throw new IOException("client went away");
                }
                return super.read(buffer, offset, length);
            }
        };
        InputStream storeDown = new RepeatingStream('a', 20L * 1024 * 1024) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position() > 6L * 1024 * 1024) {
                    throw new StorageUnavailableException(new IOException("store down"));
                }
                return super.read(buffer, offset, length);
            }
        };

        assertThatThrownBy(() -> as(organiser, () -> publishing.uploadFile(release.id(), breaksOff, "big.csv")))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> as(organiser, () -> publishing.uploadFile(release.id(), storeDown, "big.csv")))
                .isInstanceOf(StorageUnavailableException.class)
                .hasFieldOrPropertyWithValue("messageKey", "storage.error.unavailable");

        assertThat(as(organiser, () -> publishing.edit(dataset.id())).releases().get(0).files()).isEmpty();
        assertThat(objectsUnder(release)).isEmpty();
    }

    @Test
    void twoOrganisersEditingOneDatasetDoNotOverwriteEachOther() {
        DatasetPage dataset = create(AccessTier.OPEN);
        DatasetMetadata first = withTitle(dataset.metadata(), "First edit");
        DatasetMetadata second = withTitle(dataset.metadata(), "Second edit");

        as(organiser, () -> publishing.update(dataset.id(), dataset.version(), first));

        expectRefusal(() -> publishing.update(dataset.id(), dataset.version(), second), "error.concurrentEdit");
        assertThat(as(organiser, () -> publishing.edit(dataset.id())).metadata().title().en()).isEqualTo("First edit");
    }

    @Test
    void anotherOrganiserCannotSeeOrChangeTheDataset() {
        DatasetPage dataset = create(AccessTier.OPEN);
        AppPrincipal stranger = person(Role.ORGANISER);

        assertThatThrownBy(() -> as(stranger, () -> publishing.edit(dataset.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> publishing.createRelease(dataset.id(), dataset.version(), "x", null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(stranger, () -> publishing.myDatasets(0, 100))).extracting(DatasetSummary::id)
                .doesNotContain(dataset.id());
    }

    @Test
    void theOrganisersDatasetListIsReadPageByPageNewestFirst() {
        AppPrincipal owner = person(Role.ORGANISER);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(as(owner, () -> publishing.create(metadata(uniqueSlug("page"), AccessTier.OPEN, Set.of()))).id());
        }

        List<DatasetSummary> pages = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            int from = offset;
            List<DatasetSummary> page = as(owner, () -> publishing.myDatasets(from, 2));
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            pages.addAll(page);
        }
        assertThat(pages).extracting(DatasetSummary::id).containsExactlyInAnyOrderElementsOf(created);
        assertThat(pages).extracting(DatasetSummary::updatedAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(as(owner, publishing::countMyDatasets)).isEqualTo(5);
    }

    @Test
    void theOrganiserOfALinkedContestManagesTheDatasetToo() {
        ContestEditState contest = as(organiser, () -> contests.create(ContestFixtures.input(
                ContestFixtures.uniqueSlug("data"), clock.instant())));
        AppPrincipal admin = person(Role.ADMIN);
        DatasetPage dataset = as(admin, () -> publishing.create(metadata("", AccessTier.OPEN, Set.of(contest.id()))));

        assertThat(dataset.metadata().slug()).startsWith("road-accidents");
        assertThat(as(organiser, () -> publishing.myDatasets(0, 100))).extracting(DatasetSummary::id).contains(dataset.id());
        assertThat(as(organiser, () -> publishing.edit(dataset.id())).manageable()).isTrue();
        AppPrincipal other = person(Role.ORGANISER);
        assertThatThrownBy(() -> as(other, () -> publishing.create(metadata("", AccessTier.OPEN,
                Set.of(contest.id()))))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void metadataRulesNameTheField() {
        DatasetMetadata valid = metadata(uniqueSlug("rules"), AccessTier.OPEN, Set.of());
        expectRefusal(() -> publishing.create(withTitle(valid, "")), "dataset.error.titleRequired");
        expectRefusal(() -> publishing.create(new DatasetMetadata(valid.slug(), valid.title(), valid.description(),
                valid.publisherName(), "ftp://x", valid.publisherEmail(), valid.publisherType(), valid.keywords(),
                valid.theme(), valid.localTheme(), valid.licence(), valid.temporalStart(), valid.temporalEnd(),
                valid.spatial(), valid.spatialUri(), valid.frequency(), valid.landingPage(), valid.contestIds(),
                valid.accessTier(), valid.terms())), "dataset.error.url.publisherUrl");
        expectRefusal(() -> publishing.create(withSpatialUri(valid, "https://example.org/places/shanghai")),
                "dataset.error.spatialUri");
        expectRefusal(() -> publishing.create(metadata(valid.slug(), AccessTier.TEAM_ONLY, Set.of())),
                "dataset.error.teamOnlyNeedsContest");
        DatasetMetadata agreementWithoutTerms = metadata(valid.slug(), AccessTier.AGREEMENT, Set.of());
        expectRefusal(() -> publishing.create(new DatasetMetadata(valid.slug(), valid.title(), valid.description(),
                valid.publisherName(), valid.publisherUrl(), valid.publisherEmail(), valid.publisherType(), valid.keywords(),
                valid.theme(), valid.localTheme(), valid.licence(), valid.temporalStart(), valid.temporalEnd(),
                valid.spatial(), valid.spatialUri(), valid.frequency(), valid.landingPage(), Set.of(),
                AccessTier.AGREEMENT, LocalizedText.EMPTY)),
                "dataset.error.termsRequired");
        assertThat(agreementWithoutTerms.terms().isEmpty()).isFalse();
        as(organiser, () -> publishing.create(valid));
        expectRefusal(() -> publishing.create(valid), "dataset.error.slugTaken");
    }

    // ----- helpers ----------------------------------------------------------------------------------------------

    private DatasetPage create(AccessTier tier) {
        return as(organiser, () -> publishing.create(metadata(uniqueSlug("pub"), tier, Set.of())));
    }

    private ReleaseView draftRelease(DatasetPage dataset) {
        return as(organiser, () -> publishing.createRelease(dataset.id(), dataset.version(), "2024 Q1", null));
    }

    private DataFileView upload(ReleaseView release, String name, String content) {
        return as(organiser, () -> publishing.uploadFile(release.id(), utf8(content), name));
    }

    private void expectRefusal(java.util.function.Supplier<?> action, String key) {
        assertThatThrownBy(() -> as(organiser, action))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }

    private static DatasetMetadata withTitle(DatasetMetadata m, String titleEn) {
        return new DatasetMetadata(m.slug(), new LocalizedText(titleEn, titleEn.isEmpty() ? "" : m.title().zh()),
                m.description(), m.publisherName(), m.publisherUrl(), m.publisherEmail(), m.publisherType(),
                m.keywords(), m.theme(), m.localTheme(), m.licence(), m.temporalStart(), m.temporalEnd(), m.spatial(),
                m.spatialUri(), m.frequency(), m.landingPage(), m.contestIds(), m.accessTier(), m.terms());
    }

    private static DatasetMetadata withSpatialUri(DatasetMetadata m, String spatialUri) {
        return new DatasetMetadata(m.slug(), m.title(), m.description(), m.publisherName(), m.publisherUrl(),
                m.publisherEmail(), m.publisherType(), m.keywords(), m.theme(), m.localTheme(), m.licence(),
                m.temporalStart(), m.temporalEnd(), m.spatial(), spatialUri, m.frequency(), m.landingPage(),
                m.contestIds(), m.accessTier(), m.terms());
    }

    private List<String> objectsUnder(ReleaseView release) {
        List<String> keys = new ArrayList<>();
        for (Result<Item> result : minio.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true)
                .prefix("datasets/").build())) {
            try {
                String key = result.get().objectName();
                if (key.contains("/releases/" + release.id() + "/")) {
                    keys.add(key);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    /** {@code size} bytes of one character, generated on the fly: large uploads without large test memory. */
    static class RepeatingStream extends InputStream {

        private final byte value;
        private final long size;
        private long position;

        RepeatingStream(char value, long size) {
            this.value = (byte) value;
            this.size = size;
        }

        long position() {
            return position;
        }

        @Override
        public int read() throws IOException {
            if (position >= size) {
                return -1;
            }
            position++;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            java.util.Arrays.fill(buffer, offset, offset + n, value);
            position += n;
            return n;
        }
    }
}
