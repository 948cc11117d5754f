package org.opencontest.incubation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record MilestoneView(long id, long version, String goal, String unit, BigDecimal target, BigDecimal achieved,
                            LocalDate due, MilestoneStatus status, String reviewComment, String reviewedBy,
                            Instant reviewedAt) implements Serializable {
}
