package org.opencontest.incubation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The fixed KPI definitions of a check-in, all for the reporting period. Money is in yuan (CNY). Null means "not
 * filled in yet" (allowed in a draft, not on submission).
 *
 * @param revenue        revenue earned in the period
 * @param employees      full-time employees at the end of the period, founders excluded
 * @param fundingEquity  equity funding raised in the period
 * @param fundingDebt    loans raised in the period
 * @param fundingGrant   grants received in the period
 * @param activeUsers    distinct users active in the period
 * @param datasetsInUse  open datasets the product uses
 * @param adoption       government adoption reached: contact, pilot, MOU/procurement, production
 * @param partners       partner organisations with a signed agreement
 */
public record Kpis(BigDecimal revenue, Integer employees, BigDecimal fundingEquity, BigDecimal fundingDebt,
                   BigDecimal fundingGrant, Long activeUsers, Integer datasetsInUse, AdoptionStage adoption,
                   Integer partners) implements Serializable {

    public static final Kpis EMPTY = new Kpis(null, null, null, null, null, null, null, null, null);

    /** Funding of all kinds raised in the period; null parts count as zero. */
    public BigDecimal fundingTotal() {
        return orZero(fundingEquity).add(orZero(fundingDebt)).add(orZero(fundingGrant));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
