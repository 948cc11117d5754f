package org.opencontest.incubation;

/** How often a project reports: periods of one or three months from the project's start date. */
public enum Cadence {
    MONTHLY(1), QUARTERLY(3);

    private final int months;

    Cadence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
