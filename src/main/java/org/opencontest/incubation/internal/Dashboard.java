package org.opencontest.incubation.internal;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.opencontest.incubation.ProjectSummary;
import org.opencontest.incubation.Stage;

/**
 * An incubator's portfolio at a glance.
 *
 * @param funnel    projects per stage (every stage present, zero included)
 * @param overdue   projects whose next check-in is past due
 * @param projects  each project's verified figures over time
 * @param portfolio the figures summed over the portfolio per month
 */
public record Dashboard(Map<Stage, Long> funnel, List<ProjectSummary> overdue, List<KpiSeries> projects,
                        KpiSeries portfolio) implements Serializable {
}
