package org.opencontest.incubation.internal;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

import org.opencontest.incubation.Kpis;

/** Verified check-in figures of one project (or the portfolio's sums) by the month their period ended. */
public record KpiSeries(Long projectId, String label, List<Point> points) implements Serializable {

    public KpiSeries {
        points = List.copyOf(points);
    }

    public record Point(YearMonth month, Kpis kpis) implements Serializable {
    }
}
