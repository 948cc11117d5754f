package org.opencontest.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DataFileView;
import org.opencontest.dataset.DataTheme;
import org.opencontest.dataset.DatasetMetadata;
import org.opencontest.dataset.DatasetPage;
import org.opencontest.dataset.DatasetCatalog;
import org.opencontest.dataset.DatasetPublishing;
import org.opencontest.dataset.DatasetUsageSeeding;
import org.opencontest.dataset.Licence;
import org.opencontest.dataset.PublisherType;
import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.UpdateFrequency;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo datasets, released to a demo contest (SODA 2026), each with two releases of small, real-looking CSV files:
 * road accidents (open), air quality (registered users, a GBK-encoded file as many government portals publish),
 * emergency shelters (terms agreement) and typhoon warnings (approved teams, embargoed until the submission phase
 * opens). A few downloads over the last two weeks, back-dated through {@link DatasetUsageSeeding}, make the
 * statistics page alive. Datasets that exist are skipped, so restarts change nothing.
 */
@Component
class DatasetDemoData {

    static final String ACCIDENTS = "shanghai-road-traffic-accidents";
    static final String AIR_QUALITY = "shanghai-air-quality-stations";
    static final String DAILY_ACCIDENTS = "shanghai-daily-accidents-by-district";

    private static final Logger LOG = LoggerFactory.getLogger(DatasetDemoData.class);
    private static final Charset GBK = Charset.forName("GBK");
    /** Shanghai in GeoNames, the place vocabulary DCAT-AP names for areas outside the EU lists. */
    private static final String SHANGHAI_GEONAMES = "https://sws.geonames.org/1796236/";
    private static final String[] DISTRICTS = {"黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "浦东", "闵行", "宝山"};

    private final DatasetPublishing publishing;
    private final DatasetCatalog catalog;
    private final DatasetUsageSeeding usage;
    private final ContestService contests;
    private final DemoPeople people;
    private final Clock clock;

    DatasetDemoData(DatasetPublishing publishing, DatasetCatalog catalog, DatasetUsageSeeding usage,
                    ContestService contests, DemoPeople people, Clock clock) {
        this.publishing = publishing;
        this.catalog = catalog;
        this.usage = usage;
        this.contests = contests;
        this.people = people;
        this.clock = clock;
    }

    /** Loads the datasets into the contest with this slug, as the system identity. */
    void load(String contestSlug) {
        SystemIdentity.run(() -> {
            ContestPage contest;
            try {
                contest = contests.page(contestSlug);
            } catch (NotFoundException missing) {
                LOG.info("Demo datasets skipped: no contest {}", contestSlug);
                return;
            }
            Set<Long> linked = Set.of(contest.id());
            Instant kickoff = contest.timeline().phase(PhaseKind.SUBMISSION).map(PhaseWindow::opens)
                    .filter(opens -> opens.isAfter(clock.instant()))
                    .orElse(clock.instant().plus(Duration.ofDays(5)));
            load(accidents(linked), accidentsCsv(2023, 24), "2023", accidentsCsv(2024, 30), "2024",
                    StandardCharsets.UTF_8, null, 40, List.of("Day of the accident", "District (区)", "Road (路)",
                            "Main vehicle involved", "People injured", "Speed of the main vehicle, km/h"));
            load(airQuality(linked), airCsv(LocalDate.of(2024, 12, 1), 20), "2024-12",
                    airCsv(LocalDate.of(2025, 1, 1), 28), "2025-01", GBK, null, 12,
                    List.of("监测站点", "日期", "PM2.5 日均浓度（μg/m³）", "PM10 日均浓度（μg/m³）", "臭氧 8 小时浓度（μg/m³）"));
            load(shelters(linked), sheltersCsv(18), "2024", sheltersCsv(25), "2025", StandardCharsets.UTF_8, null, 18,
                    List.of("Shelter number", "Name", "District", "Latitude (WGS 84)", "Longitude (WGS 84)",
                            "People it can hold", "Indoor shelter"));
            load(typhoons(linked), typhoonCsv(2023), "2023", typhoonCsv(2024), "2024", StandardCharsets.UTF_8,
                    kickoff, 0, List.of("Time issued (Shanghai)", "Typhoon number", "Warning level",
                            "Districts warned"));
        });
    }

    /**
     * The history of daily accidents per district (2023, then 2024 up to November), released to the accident-forecast
     * contest, as the system identity. Skipped when it exists.
     */
    void loadDailyAccidents(long contestId) {
        SystemIdentity.run(() -> load(dailyAccidents(Set.of(contestId)),
                AccidentCounts.history(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)), "2023",
                AccidentCounts.history(LocalDate.of(2024, 1, 1), EvaluationDemoData.FORECAST_FROM), "2024-01–10",
                StandardCharsets.UTF_8, null, 25, List.of("Day", "District (区)", "Accidents recorded that day")));
    }

    /** Releases these demo datasets to one more contest as well, as the system identity (its teams declare them). */
    void alsoReleaseTo(long contestId, List<String> slugs) {
        SystemIdentity.run(() -> {
            for (String slug : slugs) {
                if (!exists(slug)) {
                    continue;
                }
                DatasetPage page = publishing.edit(catalog.page(slug).id());
                DatasetMetadata m = page.metadata();
                Set<Long> contests = new HashSet<>(m.contestIds());
                contests.add(contestId);
                publishing.update(page.id(), page.version(), new DatasetMetadata(m.slug(), m.title(), m.description(),
                        m.publisherName(), m.publisherUrl(), m.publisherEmail(), m.publisherType(), m.keywords(),
                        m.theme(), m.localTheme(), m.licence(), m.temporalStart(), m.temporalEnd(), m.spatial(),
                        m.spatialUri(), m.frequency(), m.landingPage(), contests, m.accessTier(), m.terms()));
            }
        });
    }

    /** Creates the dataset with two published releases (one file each) and {@code downloads} recorded downloads. */
    private void load(DatasetMetadata metadata, String first, String firstLabel, String second, String secondLabel,
                      Charset charset, Instant embargoUntil, int recordedDownloads, List<String> columns) {
        if (exists(metadata.slug())) {
            return;
        }
        DatasetPage dataset = publishing.create(metadata);
        String fileName = metadata.slug() + ".csv";
        publishRelease(dataset.id(), firstLabel, first, charset, fileName, embargoUntil, columns,
                new LocalizedText("First release for the contest.", "为大赛发布的第一个版本。"));
        DataFileView latest = publishRelease(dataset.id(), secondLabel, second, charset, fileName, embargoUntil,
                columns, new LocalizedText("More records; corrected district names.", "增加记录；更正区名。"));
        recordDownloads(dataset.id(), metadata.accessTier(), latest, recordedDownloads);
        LOG.info("Demo dataset {} loaded", metadata.slug());
    }

    /** The caller (the system identity) sees every dataset, embargoed ones included. */
    private boolean exists(String slug) {
        try {
            catalog.page(slug);
            return true;
        } catch (NotFoundException missing) {
            return false;
        }
    }

    private DataFileView publishRelease(long datasetId, String label, String csv, Charset charset, String fileName,
                                        Instant embargoUntil, List<String> columns, LocalizedText changelog) {
        DatasetPage current = publishing.edit(datasetId);
        ReleaseView release = publishing.createRelease(datasetId, current.version(), label, changelog);
        DataFileView file = publishing.uploadFile(release.id(), new ByteArrayInputStream(csv.getBytes(charset)),
                fileName);
        publishing.describeFields(file.id(), file.version(), columns);
        publishing.publishRelease(release.id(), release.version(), embargoUntil);
        return file;
    }

    /** Downloads by the demo participants over the last two weeks (and their acceptances of the terms). */
    private void recordDownloads(long datasetId, AccessTier tier, DataFileView file, int count) {
        if (count == 0) {
            return;
        }
        List<Long> participants = DemoAccounts.PARTICIPANTS.stream().map(people::find).flatMap(Optional::stream)
                .map(AppPrincipal::userId).toList();
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(datasetId);
        Instant now = clock.instant();
        if (tier == AccessTier.AGREEMENT) {
            participants.forEach(person -> usage.recordAcceptance(datasetId, person, now.minus(Duration.ofDays(14))));
        }
        for (int i = 0; i < count; i++) {
            Long user = participants.isEmpty() || tier == AccessTier.OPEN && random.nextInt(3) == 0 ? null
                    : participants.get(random.nextInt(participants.size()));
            usage.recordDownload(file.id(), user, now.minus(Duration.ofMinutes(random.nextLong(14 * 24 * 60))));
        }
    }

    // ----- metadata ---------------------------------------------------------------------------------------------

    private static DatasetMetadata accidents(Set<Long> contest) {
        return metadata(ACCIDENTS, "Road traffic accidents", "道路交通事故",
                "Accidents on Shanghai roads recorded by the traffic police: date, district, road, vehicles involved, "
                        + "injuries and speed. Personal data removed.",
                "上海市公安局交通警察总队登记的道路交通事故：日期、区、道路、涉及车辆、受伤人数和车速。已去除个人信息。",
                "Shanghai Traffic Police", List.of("traffic", "accidents", "交通事故", "road safety"), DataTheme.TRAN,
                "Traffic", "交通", Licence.CC_BY_4_0, UpdateFrequency.MONTHLY, contest, AccessTier.OPEN,
                LocalizedText.EMPTY, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
    }

    private static DatasetMetadata dailyAccidents(Set<Long> contest) {
        return metadata(DAILY_ACCIDENTS, "Daily road accidents by district", "各区每日道路交通事故数",
                "The number of road accidents the traffic police recorded per district and day. The accident-forecast "
                        + "contest asks for the counts of the days after this history.",
                "交通警察登记的各区每日道路交通事故数。事故预测赛要求预测这段历史之后各天的事故数。",
                "Shanghai Traffic Police", List.of("traffic", "accidents", "交通事故", "forecast"), DataTheme.TRAN,
                "Traffic", "交通", Licence.CC_BY_4_0, UpdateFrequency.MONTHLY, contest, AccessTier.OPEN,
                LocalizedText.EMPTY, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 10, 31));
    }

    private static DatasetMetadata airQuality(Set<Long> contest) {
        return metadata(AIR_QUALITY, "Air quality by monitoring station", "空气质量监测站点数据",
                "Daily PM2.5, PM10 and ozone readings of the city's monitoring stations. The file is GBK-encoded, as "
                        + "published on the government portal.",
                "全市空气质量监测站每日 PM2.5、PM10 和臭氧读数。文件为 GBK 编码，与政府门户发布的格式一致。",
                "Shanghai Environmental Monitoring Center", List.of("air quality", "PM2.5", "空气质量", "environment"),
                DataTheme.ENVI, "Environment", "环境", Licence.CC_BY_4_0, UpdateFrequency.DAILY, contest,
                AccessTier.REGISTERED, LocalizedText.EMPTY, LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 28));
    }

    private static DatasetMetadata shelters(Set<Long> contest) {
        return metadata("shanghai-emergency-shelters", "Emergency shelters", "应急避难场所",
                "Emergency shelters with their location, capacity and facilities, for flood, typhoon and earthquake "
                        + "response.",
                "应急避难场所的位置、容纳人数和设施，用于防汛、防台和地震应急。",
                "Shanghai Emergency Management Bureau", List.of("emergency", "shelters", "应急", "geography"),
                DataTheme.JUST, "Geography", "地理", Licence.CONTEST_TERMS, UpdateFrequency.ANNUAL, contest,
                AccessTier.AGREEMENT,
                new LocalizedText("""
                        1. Use the data only for your SODA 2026 entry.
                        2. Do not publish the exact capacity figures outside your entry.
                        3. Name the Shanghai Emergency Management Bureau as the source.""",
                        """
                        1. 数据仅限用于 SODA 2026 参赛作品。
                        2. 不得在参赛作品之外公开精确的容纳人数。
                        3. 须注明数据来源为上海市应急管理局。"""),
                null, null);
    }

    private static DatasetMetadata typhoons(Set<Long> contest) {
        return metadata("shanghai-typhoon-warnings", "Typhoon warnings", "台风预警信号",
                "Typhoon warning signals issued for Shanghai with their level, time and affected districts. Released "
                        + "to approved teams when the submission phase opens.",
                "上海发布的台风预警信号：级别、时间和影响区域。作品提交阶段开始时向已批准的团队开放。",
                "Shanghai Meteorological Service", List.of("typhoon", "weather", "台风", "气象"), DataTheme.ENVI,
                "Weather", "气象", Licence.CC_BY_SA_4_0, UpdateFrequency.IRREG, contest, AccessTier.TEAM_ONLY,
                LocalizedText.EMPTY, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
    }

    private static DatasetMetadata metadata(String slug, String titleEn, String titleZh, String descriptionEn,
                                            String descriptionZh, String publisher, List<String> keywords,
                                            DataTheme theme, String localEn, String localZh, Licence licence,
                                            UpdateFrequency frequency, Set<Long> contest, AccessTier tier,
                                            LocalizedText terms, LocalDate from, LocalDate to) {
        return new DatasetMetadata(slug, new LocalizedText(titleEn, titleZh),
                new LocalizedText(descriptionEn, descriptionZh), publisher, "https://data.sh.gov.cn/",
                "opendata@example.org", PublisherType.LOCAL_AUTHORITY, keywords, theme,
                new LocalizedText(localEn, localZh), licence, from, to, new LocalizedText("Shanghai", "上海市"),
                SHANGHAI_GEONAMES, frequency, "https://data.sh.gov.cn/", contest, tier, terms);
    }

    // ----- files ------------------------------------------------------------------------------------------------

    private static String accidentsCsv(int year, int rows) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(year);
        String[] roads = {"延安路", "南京东路", "中山北路", "世纪大道", "沪闵路", "共和新路", "杨高路", "漕溪北路"};
        String[] vehicles = {"car", "bus", "e-bike", "truck", "bicycle"};
        StringBuilder csv = new StringBuilder("date,district,road,vehicle,injured,speed_kmh\n");
        for (int i = 0; i < rows; i++) {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            csv.append(day).append(',').append(DISTRICTS[random.nextInt(DISTRICTS.length)]).append(',')
                    .append(roads[random.nextInt(roads.length)]).append(',')
                    .append(vehicles[random.nextInt(vehicles.length)]).append(',').append(random.nextInt(4)).append(',')
                    .append(random.nextInt(5) == 0 ? "" : String.valueOf(20 + random.nextInt(60))).append('\n');
        }
        return csv.toString();
    }

    private static String airCsv(LocalDate from, int days) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(from.toEpochDay());
        String[] stations = {"徐汇上师大", "静安监测站", "浦东张江", "普陀", "杨浦四漂"};
        StringBuilder csv = new StringBuilder("站点,日期,PM2.5,PM10,臭氧\n");
        for (int d = 0; d < days; d++) {
            for (String station : stations) {
                csv.append(station).append(',').append(from.plusDays(d).toString().replace('-', '/')).append(',')
                        .append(15 + random.nextInt(70)).append(',').append(30 + random.nextInt(90)).append(',')
                        .append(40 + random.nextInt(120)).append('\n');
            }
        }
        return csv.toString();
    }

    private static String sheltersCsv(int rows) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(rows);
        StringBuilder csv = new StringBuilder("id,name,district,latitude,longitude,capacity,indoor\n");
        for (int i = 1; i <= rows; i++) {
            String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
            csv.append(i).append(',').append(district).append("第").append(i).append("号避难场所,").append(district)
                    .append(',').append(String.format("%.5f", 31.1 + random.nextDouble() * 0.25)).append(',')
                    .append(String.format("%.5f", 121.35 + random.nextDouble() * 0.3)).append(',')
                    .append(500 + random.nextInt(20) * 250).append(',').append(random.nextBoolean()).append('\n');
        }
        return csv.toString();
    }

    private static String typhoonCsv(int year) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(year * 7L);
        String[] levels = {"blue", "yellow", "orange", "red"};
        StringBuilder csv = new StringBuilder("issued_at,typhoon,level,districts\n");
        for (int i = 0; i < 12; i++) {
            csv.append(LocalDate.of(year, 7, 1).plusDays(random.nextInt(90))).append(' ')
                    .append(String.format("%02d:00:00", 6 + random.nextInt(14))).append(',')
                    .append("TY").append(year).append(String.format("%02d", 1 + random.nextInt(20))).append(',')
                    .append(levels[random.nextInt(levels.length)]).append(",\"")
                    .append(DISTRICTS[random.nextInt(DISTRICTS.length)]).append(',')
                    .append(DISTRICTS[random.nextInt(DISTRICTS.length)]).append("\"\n");
        }
        return csv.toString();
    }
}
