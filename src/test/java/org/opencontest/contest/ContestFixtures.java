package org.opencontest.contest;

import org.opencontest.shared.i18n.LocalizedText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Test data for contests: unique slugs (the database is shared within a run) and realistic bilingual input. */
public final class ContestFixtures {

    private ContestFixtures() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complete bilingual contest whose registration opened a day ago and whose submission opens in a week. */
    public static ContestInput input(String slug, Instant now) {
        Instant day = now.truncatedTo(ChronoUnit.MINUTES);
        return new ContestInput(slug,
                new LocalizedText("Open Data Test Cup " + slug, "开放数据测试杯 " + slug),
                new LocalizedText("Build apps with city data.", "用城市数据开发应用。"),
                new LocalizedText("## About\nUse **open data**.", "## 关于\n使用**开放数据**。"),
                new LocalizedText("- Be fair", "- 公平竞赛"),
                new LocalizedText("City safety", "城市安全"),
                ZoneId.of("Asia/Shanghai"), 1, 5,
                List.of(new ContestInput.TrackInput(null, new LocalizedText("Traffic safety", "交通安全"),
                        new LocalizedText("Fewer accidents.", "减少事故。"))),
                List.of(new ContestInput.PrizeInput(null, new LocalizedText("First prize", "一等奖"),
                        new BigDecimal("50000"), "CNY", LocalizedText.EMPTY, 0)),
                List.of(new PhaseWindow(PhaseKind.REGISTRATION, day.minus(Duration.ofDays(1)), day.plus(Duration.ofDays(20))),
                        new PhaseWindow(PhaseKind.SUBMISSION, day.plus(Duration.ofDays(7)), day.plus(Duration.ofDays(30))),
                        new PhaseWindow(PhaseKind.JUDGING, day.plus(Duration.ofDays(31)), day.plus(Duration.ofDays(40)))));
    }
}
