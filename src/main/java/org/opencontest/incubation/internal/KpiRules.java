package org.opencontest.incubation.internal;

import java.math.BigDecimal;

import org.opencontest.incubation.Kpis;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.text.PlainText;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Plausibility rules for check-in figures. Negative numbers are refused everywhere; the upper bounds catch typing
 * slips (an extra three zeros) rather than judge success, so they are generous. Refusals name the field and rule.
 */
public final class KpiRules {

    static final BigDecimal MAX_MONEY = new BigDecimal("10000000000");
    static final long MAX_EMPLOYEES = 100_000;
    static final long MAX_USERS = 2_000_000_000L;
    static final long MAX_DATASETS = 1_000;
    static final long MAX_PARTNERS = 10_000;

    private KpiRules() {
    }

    public static void validate(Kpis kpis) {
        money("revenue", kpis.revenue());
        count("employees", kpis.employees(), MAX_EMPLOYEES);
        money("fundingEquity", kpis.fundingEquity());
        money("fundingDebt", kpis.fundingDebt());
        money("fundingGrant", kpis.fundingGrant());
        count("activeUsers", kpis.activeUsers(), MAX_USERS);
        count("datasetsInUse", kpis.datasetsInUse(), MAX_DATASETS);
        count("partners", kpis.partners(), MAX_PARTNERS);
    }

    /** On submission every figure must be there (zero is a figure). */
    public static void requireComplete(Kpis kpis) {
        Object[] values = {kpis.revenue(), kpis.employees(), kpis.fundingEquity(), kpis.fundingDebt(),
                kpis.fundingGrant(), kpis.activeUsers(), kpis.datasetsInUse(), kpis.adoption(), kpis.partners()};
        String[] fields = {"revenue", "employees", "fundingEquity", "fundingDebt", "fundingGrant", "activeUsers",
                "datasetsInUse", "adoption", "partners"};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new UserFacingException("incubation.kpi.error.missing", field(fields[i]));
            }
        }
    }

    private static void money(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            throw new UserFacingException("incubation.kpi.error.negative", field(field));
        }
        if (value.compareTo(MAX_MONEY) > 0) {
            throw new UserFacingException("incubation.kpi.error.tooLarge", field(field), MAX_MONEY.toPlainString());
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new UserFacingException("incubation.kpi.error.cents", field(field));
        }
    }

    private static void count(String field, Number value, long max) {
        if (value == null) {
            return;
        }
        if (value.longValue() < 0) {
            throw new UserFacingException("incubation.kpi.error.negative", field(field));
        }
        if (value.longValue() > max) {
            throw new UserFacingException("incubation.kpi.error.tooLarge", field(field), Long.toString(max));
        }
    }

    private static DefaultMessageSourceResolvable field(String field) {
        return PlainText.field("incubation.kpi." + field);
    }
}
