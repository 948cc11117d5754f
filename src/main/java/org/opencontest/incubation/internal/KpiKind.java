package org.opencontest.incubation.internal;

import java.math.BigDecimal;
import java.util.function.Function;

import org.opencontest.incubation.Kpis;

/** The KPIs the dashboard charts, each read from a check-in's figures. */
public enum KpiKind {
    REVENUE(Kpis::revenue), EMPLOYEES(k -> number(k.employees())), FUNDING(Kpis::fundingTotal),
    ACTIVE_USERS(k -> number(k.activeUsers())), DATASETS(k -> number(k.datasetsInUse())),
    PARTNERS(k -> number(k.partners()));

    private final Function<Kpis, BigDecimal> reader;

    KpiKind(Function<Kpis, BigDecimal> reader) {
        this.reader = reader;
    }

    /** The figure, zero when not reported. */
    public BigDecimal of(Kpis kpis) {
        BigDecimal value = reader.apply(kpis);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Stocks (people, users, datasets, partners) are levels; flows (revenue, funding) add up over periods. */
    public boolean isFlow() {
        return this == REVENUE || this == FUNDING;
    }

    public String messageKey() {
        return "incubation.kpiKind." + name();
    }

    private static BigDecimal number(Number value) {
        return value == null ? null : BigDecimal.valueOf(value.longValue());
    }
}
