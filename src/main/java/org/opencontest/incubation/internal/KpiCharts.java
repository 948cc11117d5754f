package org.opencontest.incubation.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.opencontest.incubation.Kpis;

/**
 * Sums project series into one portfolio series. Projects report monthly or quarterly, so a plain sum per month
 * would dip whenever a quarterly project has no point: flows (revenue, funding) are summed over the periods that
 * ended in the month, while levels (employees, users, datasets, partners) carry each project's latest figure forward.
 */
public final class KpiCharts {

    private KpiCharts() {
    }

    public static KpiSeries portfolio(String label, List<KpiSeries> projects) {
        TreeSet<YearMonth> months = new TreeSet<>();
        projects.forEach(series -> series.points().forEach(point -> months.add(point.month())));
        List<TreeMap<YearMonth, Kpis>> byMonth = projects.stream().map(series -> {
            TreeMap<YearMonth, Kpis> map = new TreeMap<>();
            series.points().forEach(point -> map.merge(point.month(), point.kpis(), KpiCharts::addFlows));
            return map;
        }).toList();
        List<KpiSeries.Point> points = new ArrayList<>();
        for (YearMonth month : months) {
            BigDecimal revenue = BigDecimal.ZERO;
            BigDecimal equity = BigDecimal.ZERO;
            BigDecimal debt = BigDecimal.ZERO;
            BigDecimal grant = BigDecimal.ZERO;
            long employees = 0;
            long users = 0;
            long datasets = 0;
            long partners = 0;
            for (TreeMap<YearMonth, Kpis> project : byMonth) {
                Kpis now = project.get(month);
                if (now != null) {
                    revenue = revenue.add(zero(now.revenue()));
                    equity = equity.add(zero(now.fundingEquity()));
                    debt = debt.add(zero(now.fundingDebt()));
                    grant = grant.add(zero(now.fundingGrant()));
                }
                Map.Entry<YearMonth, Kpis> latest = project.floorEntry(month);
                if (latest != null) {
                    employees += count(latest.getValue().employees());
                    users += count(latest.getValue().activeUsers());
                    datasets += count(latest.getValue().datasetsInUse());
                    partners += count(latest.getValue().partners());
                }
            }
            points.add(new KpiSeries.Point(month, new Kpis(revenue, (int) employees, equity, debt, grant, users,
                    (int) datasets, null, (int) partners)));
        }
        return new KpiSeries(null, label, points);
    }

    /** Two periods of one project ending in the same month (a cadence change): flows add, levels take the later. */
    private static Kpis addFlows(Kpis earlier, Kpis later) {
        return new Kpis(zero(earlier.revenue()).add(zero(later.revenue())), later.employees(),
                zero(earlier.fundingEquity()).add(zero(later.fundingEquity())),
                zero(earlier.fundingDebt()).add(zero(later.fundingDebt())),
                zero(earlier.fundingGrant()).add(zero(later.fundingGrant())), later.activeUsers(),
                later.datasetsInUse(), later.adoption(), later.partners());
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static long count(Number value) {
        return value == null ? 0 : value.longValue();
    }
}
