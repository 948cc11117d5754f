package org.opencontest.incubation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencontest.incubation.Kpis;

class KpiChartsTest {

    static Kpis kpis(int revenue, int employees) {
        return new Kpis(BigDecimal.valueOf(revenue), employees, null, null, null, null, null, null, null);
    }

    @Test
    void flowsAddUpPerMonthAndLevelsCarryForwardForQuarterlyProjects() {
        KpiSeries monthly = new KpiSeries(1L, "monthly", List.of(
                new KpiSeries.Point(YearMonth.of(2026, 1), kpis(100, 2)),
                new KpiSeries.Point(YearMonth.of(2026, 2), kpis(150, 3)),
                new KpiSeries.Point(YearMonth.of(2026, 3), kpis(200, 3))));
        KpiSeries quarterly = new KpiSeries(2L, "quarterly", List.of(
                new KpiSeries.Point(YearMonth.of(2026, 1), kpis(900, 10)),
                new KpiSeries.Point(YearMonth.of(2026, 3), kpis(1200, 12))));

        KpiSeries portfolio = KpiCharts.portfolio("all", List.of(monthly, quarterly));

        assertThat(portfolio.points()).extracting(point -> KpiKind.REVENUE.of(point.kpis()).intValue())
                .containsExactly(1000, 150, 1400);
        assertThat(portfolio.points()).extracting(point -> KpiKind.EMPLOYEES.of(point.kpis()).intValue())
                .containsExactly(12, 13, 15);
    }
}
