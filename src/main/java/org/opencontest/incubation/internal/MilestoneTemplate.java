package org.opencontest.incubation.internal;

import java.math.BigDecimal;

/**
 * Ready-made milestones incubators use again and again; choosing one fills the form with its goal and unit in the
 * incubator's language, which can still be edited.
 */
public enum MilestoneTemplate {
    WORKING_PROTOTYPE(1), PILOT_AGREEMENT(1), ACTIVE_USERS(1000), FIRST_REVENUE(10000), COMPANY_REGISTERED(1),
    DATA_PARTNERS(3);

    private final int target;

    MilestoneTemplate(int target) {
        this.target = target;
    }

    public BigDecimal target() {
        return BigDecimal.valueOf(target);
    }

    public String goalKey() {
        return "incubation.template." + name() + ".goal";
    }

    public String unitKey() {
        return "incubation.template." + name() + ".unit";
    }
}
