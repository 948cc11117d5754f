package org.opencontest.contest;

import java.io.Serializable;
import java.util.List;

/**
 * The contests on the home page: current ones (a phase open first, then by next deadline) and past ones
 * (competition over — incubation may still run — or archived; most recent first).
 */
public record PublicContests(List<ContestSummary> current, List<ContestSummary> past) implements Serializable {
}
