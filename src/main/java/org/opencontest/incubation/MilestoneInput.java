package org.opencontest.incubation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new milestone: the goal, the unit its target is counted in, the target and the due date. */
public record MilestoneInput(String goal, String unit, BigDecimal target, LocalDate due) implements Serializable {
}
