package org.opencontest.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestInput.PrizeInput;
import org.opencontest.contest.ContestInput.TrackInput;
import org.opencontest.contest.ContestRules;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo contests: SODA 2026 on city safety with registration open now, SODA 2025 on smart transport finished and in
 * incubation, and one draft, all created by the demo organiser through the contest service. Dates are relative to
 * the clock at load time. Contests that already exist are skipped, so restarts change nothing.
 */
@Component
class ContestDemoData {

    static final String SODA_2026 = "soda-2026-city-safety";
    private static final Logger LOG = LoggerFactory.getLogger(ContestDemoData.class);
    private static final ZoneId SHANGHAI = ContestRules.DEFAULT_ZONE;
    private static final LocalTime OPENING = LocalTime.of(9, 0);
    private static final LocalTime CLOSING = LocalTime.of(18, 0);

    private final ContestService contests;
    private final DemoPeople people;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ContestDemoData(ContestService contests, DemoPeople people, Clock clock, PlatformTransactionManager tx) {
        this.contests = contests;
        this.people = people;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tx);
    }

    void load() {
        Optional<AppPrincipal> owner = people.find(DemoAccounts.ORGANISER);
        if (owner.isEmpty()) {
            LOG.info("Demo contests skipped: no user {}", DemoAccounts.ORGANISER);
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        List<Planned> missing = Stream.of(new Planned(soda2026(today), true), new Planned(soda2025(today), true),
                new Planned(healthyAgeingDraft(today), false))
                .filter(planned -> !exists(contests, planned.input().slug())).toList();
        // one transaction for all, so that a failure leaves none half made (existence is asked before: a refused
        // lookup inside would mark the transaction for rollback)
        transaction.executeWithoutResult(status -> missing.forEach(planned -> create(owner.get(), planned)));
    }

    private record Planned(ContestInput input, boolean publish) {
    }

    private void create(AppPrincipal owner, Planned planned) {
        SystemIdentity.callAs(owner, () -> {
            ContestEditState draft = contests.create(planned.input());
            return planned.publish() ? contests.publish(draft.id(), draft.version()) : draft;
        });
        LOG.info("Demo contest {} loaded", planned.input().slug());
    }

    /** Asked as the system identity, which sees every contest, drafts of other organisers included. */
    static boolean exists(ContestService contests, String slug) {
        return SystemIdentity.call(() -> {
            try {
                contests.page(slug);
                return true;
            } catch (NotFoundException missing) {
                return false;
            }
        });
    }

    /** Registration opened ten days ago; submission opens in five days and overlaps registration. */
    private static ContestInput soda2026(LocalDate today) {
        return new ContestInput(SODA_2026,
                text("Shanghai Open Data Apps 2026 — City Safety", "上海开放数据创新应用大赛 2026 — 城市安全"),
                text("Use open government data to make Shanghai safer on its roads, in public health and in emergencies.",
                        "用政府开放数据，让上海的道路交通、公共卫生和应急管理更安全。"),
                text("""
                        ## Why this contest
                        Government departments produce and hold most of the data about a city. Opened and shared, that \
                        data lets citizens, companies and community groups build services the city could not build \
                        alone — and their use shows where the data itself has to improve.

                        Shanghai Open Data Apps (SODA) has put this idea to work since 2015, when the first edition \
                        opened **more than 1,000 GB of traffic data** to the public and drew close to 3,000 entrants: \
                        software engineers, data analysts, management consultants, designers and students. In 2016 the \
                        second edition took **city safety** as its theme. SODA 2026 returns to that theme with a decade \
                        more data.

                        ## What we ask
                        Build an application or a data-driven service that makes the city safer: fewer traffic \
                        injuries, earlier warnings of health risks, faster and better-coordinated emergency response.

                        ## What you get
                        - curated datasets from city departments, released for this contest under the contest data terms
                        - mentoring from data owners and domain experts during the submission phase
                        - for the winners, a place in the incubation programme: SODA joins data sharing, data \
                        application and project incubation into one path
                        """,
                        """
                        ## 为什么办这场大赛
                        政府部门是城市数据最大的生产者和收集者。这些数据开放共享之后，市民、企业和社会组织就能用它开发出\
                        政府单靠自身做不出来的服务；而公众的使用和反馈，也会告诉我们数据本身还需要在哪里改进。

                        上海开放数据创新应用大赛（SODA）自 2015 年起实践这一理念：首届大赛向公众开放了**上千 GB 的交通大数据**，\
                        吸引了近 3000 名选手参赛，包括软件工程师、数据分析师、管理咨询师、设计师和在校学生。2016 年第二届大赛\
                        聚焦**城市安全**主题。SODA 2026 在十年数据积累的基础上，再次聚焦城市安全。

                        ## 征集什么
                        开发让城市更安全的应用或数据驱动的解决方案：减少交通伤害、更早发现公共卫生风险、让应急响应更快、更协同。

                        ## 参赛可以获得
                        - 各委办局专门为本次大赛发布的数据集，按大赛数据使用条款使用
                        - 作品提交阶段由数据提供方和行业专家提供辅导
                        - 获奖团队可进入孵化计划：SODA 将数据共享、数据应用和项目落地孵化三位一体
                        """),
                text("""
                        1. Teams of 1 to 5 people. Every member signs up on OpenContest before registration closes.
                        2. Use at least one dataset released for the contest; you may combine it with other open data \
                        you are licensed to use.
                        3. Never try to re-identify people in the data. The data terms bind every team member.
                        4. Submit before the submission deadline (Asia/Shanghai time). The server clock decides.
                        5. Judges score impact, use of data, feasibility and design.
                        6. Teams keep their intellectual property; winners present their work at the awards ceremony.
                        """,
                        """
                        1. 每队 1 至 5 人。所有成员须在报名截止前在 OpenContest 注册。
                        2. 至少使用一个本次大赛发布的数据集，可结合您有权使用的其他开放数据。
                        3. 不得尝试对数据中的个人进行重新识别。数据使用条款对每位团队成员均有约束力。
                        4. 须在作品提交截止前（上海时间）提交，以服务器时间为准。
                        5. 评审从社会影响、数据运用、可行性和设计四个方面评分。
                        6. 知识产权归参赛团队所有；获奖团队须在颁奖典礼上展示作品。
                        """),
                text("City safety", "城市安全"), SHANGHAI, 1, 5,
                List.of(track("Traffic safety", "交通安全",
                                "Crash hot spots, safer routes to school, speed and signal timing.",
                                "事故多发点分析、安全上学路线、车速与信号配时。"),
                        track("Public health", "公共卫生",
                                "Early warning of outbreaks, heat and air-quality risks for vulnerable residents.",
                                "传染病早期预警，高温与空气质量对易感人群的风险提示。"),
                        track("Emergency response", "应急响应",
                                "Floods, typhoons and fires: preparation, dispatch and recovery.",
                                "防汛防台与消防：事前准备、调度指挥和灾后恢复。")),
                List.of(new PrizeInput(null, text("Grand prize", "特等奖"), new BigDecimal("100000"), "CNY",
                                text("For the entry with the greatest impact across all tracks.", "授予全赛道中社会影响最大的作品。"),
                                null),
                        trackPrize("Traffic safety award", "交通安全赛道奖", 0),
                        trackPrize("Public health award", "公共卫生赛道奖", 1),
                        trackPrize("Emergency response award", "应急响应赛道奖", 2),
                        new PrizeInput(null, text("Incubation place", "孵化名额"), null, null,
                                text("Six months in the open-data incubator with mentoring, computing and storage resources.",
                                        "入驻开放数据孵化器六个月，获得导师辅导以及计算、存储等资源。"), null)),
                List.of(phase(PhaseKind.REGISTRATION, today.minusDays(10), today.plusDays(30)),
                        phase(PhaseKind.SUBMISSION, today.plusDays(5), today.plusDays(60)),
                        phase(PhaseKind.JUDGING, today.plusDays(62), today.plusDays(75)),
                        phase(PhaseKind.RESULTS, today.plusDays(80), today.plusDays(81)),
                        phase(PhaseKind.INCUBATION, today.plusDays(90), today.plusDays(270))));
    }

    /** Every phase is over except incubation, which runs for four more months. */
    private static ContestInput soda2025(LocalDate today) {
        return new ContestInput("soda-2025-smart-transport",
                text("SODA 2025 — Smart Transport", "SODA 2025 — 智慧交通"),
                text("Teams used a year of anonymised transit and traffic data to make getting around Shanghai easier.",
                        "参赛团队利用一整年的脱敏公交与道路交通数据，让上海出行更便捷。"),
                text("""
                        SODA 2025 opened a year of anonymised bus, metro and road-sensor data and asked for services \
                        that shorten commutes, ease congestion and support new mobility business models.

                        The winning teams are now in **incubation**, working with the transport authorities on pilots.
                        """,
                        """
                        SODA 2025 开放了一整年的脱敏公交、地铁和道路传感器数据，征集缩短通勤时间、缓解拥堵、\
                        支持出行新商业模式的服务。

                        获奖团队目前正在**孵化**阶段，与交通管理部门合作开展试点。
                        """),
                text("Teams of 1 to 5 people; the data terms of the 2025 release apply.",
                        "每队 1 至 5 人；适用 2025 年数据发布的使用条款。"),
                text("Smart transport", "智慧交通"), SHANGHAI, 1, 5,
                List.of(track("Commuting and congestion", "通勤与拥堵", "", ""),
                        track("Public transit", "公共交通", "", "")),
                List.of(new PrizeInput(null, text("Grand prize", "特等奖"), new BigDecimal("80000"), "CNY",
                        LocalizedText.EMPTY, null)),
                List.of(phase(PhaseKind.REGISTRATION, today.minusDays(300), today.minusDays(240)),
                        phase(PhaseKind.SUBMISSION, today.minusDays(270), today.minusDays(200)),
                        phase(PhaseKind.JUDGING, today.minusDays(195), today.minusDays(180)),
                        phase(PhaseKind.RESULTS, today.minusDays(175), today.minusDays(174)),
                        phase(PhaseKind.INCUBATION, today.minusDays(60), today.plusDays(120))));
    }

    private static ContestInput healthyAgeingDraft(LocalDate today) {
        return new ContestInput("open-data-healthy-ageing-2027",
                text("Open Data for Healthy Ageing 2027", "健康老龄化开放数据大赛 2027"),
                text("Draft: services that help older residents live independently.", "草稿：帮助老年居民独立生活的服务。"),
                LocalizedText.EMPTY, LocalizedText.EMPTY, text("Healthy ageing", "健康老龄化"), SHANGHAI, 1, 4,
                List.of(), List.of(),
                List.of(phase(PhaseKind.REGISTRATION, today.plusDays(200), today.plusDays(240))));
    }

    private static LocalizedText text(String en, String zh) {
        return new LocalizedText(en, zh);
    }

    private static TrackInput track(String nameEn, String nameZh, String descriptionEn, String descriptionZh) {
        return new TrackInput(null, text(nameEn, nameZh), text(descriptionEn, descriptionZh));
    }

    private static PrizeInput trackPrize(String titleEn, String titleZh, int trackIndex) {
        return new PrizeInput(null, text(titleEn, titleZh), new BigDecimal("30000"), "CNY", LocalizedText.EMPTY,
                trackIndex);
    }

    /** Opens at 09:00 and closes at 18:00, Shanghai time. */
    private static PhaseWindow phase(PhaseKind kind, LocalDate opens, LocalDate closes) {
        return new PhaseWindow(kind, opens.atTime(OPENING).atZone(SHANGHAI).toInstant(),
                closes.atTime(CLOSING).atZone(SHANGHAI).toInstant());
    }
}
