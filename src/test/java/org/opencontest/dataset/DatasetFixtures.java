package org.opencontest.dataset;

import static org.opencontest.support.Actors.as;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;

/** Test data for datasets: unique slugs (the database is shared within a run) and realistic bilingual metadata. */
public final class DatasetFixtures {

    public static final String ACCIDENTS_CSV = """
            date,district,road,injured,speed_kmh
            2024-03-01,徐汇,延安路,2,42.5
            2024-03-02,静安,Nanjing Rd,0,38
            2024-03-03,黄浦,"Huaihai, middle",1,
            """;

    private DatasetFixtures() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static DatasetMetadata metadata(String slug, AccessTier tier, Set<Long> contestIds) {
        return new DatasetMetadata(slug,
                new LocalizedText("Road accidents " + slug, "道路交通事故 " + slug),
                new LocalizedText("Accidents reported by the traffic police.", "交警部门登记的交通事故。"),
                "Shanghai Traffic Police", "https://example.org/traffic", "data@example.org",
                PublisherType.LOCAL_AUTHORITY, List.of("traffic", "交通", "safety"), DataTheme.TRAN, new LocalizedText("Traffic", "交通"),
                tier == AccessTier.AGREEMENT ? Licence.CONTEST_TERMS : Licence.CC_BY_4_0,
                LocalDate.of(2015, 1, 1), LocalDate.of(2025, 12, 31), new LocalizedText("Shanghai", "上海"),
                "https://sws.geonames.org/1796236/", UpdateFrequency.MONTHLY, "https://example.org/traffic/accidents", contestIds, tier,
                tier == AccessTier.AGREEMENT
                        ? new LocalizedText("Use for the contest only. Never re-identify people.",
                        "仅限大赛使用，不得重新识别个人。")
                        : LocalizedText.EMPTY);
    }

    /** A dataset with one published release holding {@link #ACCIDENTS_CSV} as {@code accidents.csv}. */
    public record Published(long datasetId, String slug, long releaseId, DataFileView file) {

        public long fileId() {
            return file.id();
        }
    }

    /** Publishes a dataset as the organiser, through the service; {@code embargoUntil} may be null. */
    public static Published publish(DatasetPublishing publishing, AppPrincipal organiser, AccessTier tier,
                                     Set<Long> contestIds, Instant embargoUntil) {
        return as(organiser, () -> {
            DatasetPage dataset = publishing.create(metadata(uniqueSlug("pub"), tier, contestIds));
            ReleaseView release = publishing.createRelease(dataset.id(), dataset.version(), "2024 Q1", null);
            DataFileView file = publishing.uploadFile(release.id(), utf8(ACCIDENTS_CSV), "accidents.csv");
            publishing.publishRelease(release.id(), release.version(), embargoUntil);
            return new Published(dataset.id(), dataset.metadata().slug(), release.id(), file);
        });
    }

    public static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
