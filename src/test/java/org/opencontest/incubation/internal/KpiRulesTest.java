package org.opencontest.incubation.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.opencontest.incubation.AdoptionStage;
import org.opencontest.incubation.Kpis;
import org.opencontest.shared.error.UserFacingException;

class KpiRulesTest {

    static final Kpis PLAUSIBLE = new Kpis(new BigDecimal("120000.50"), 4, BigDecimal.ZERO, BigDecimal.ZERO,
            new BigDecimal("500000"), 2300L, 3, AdoptionStage.PILOT, 2);

    @Test
    void plausibleFiguresPass() {
        assertThatCode(() -> KpiRules.validate(PLAUSIBLE)).doesNotThrowAnyException();
        assertThatCode(() -> KpiRules.requireComplete(PLAUSIBLE)).doesNotThrowAnyException();
        assertThatCode(() -> KpiRules.validate(Kpis.EMPTY)).doesNotThrowAnyException();
    }

    @Test
    void negativeAndAbsurdValuesAreRefusedWithTheRule() {
        assertThatThrownBy(() -> KpiRules.validate(new Kpis(new BigDecimal("-1"), null, null, null, null, null, null,
                null, null))).isInstanceOf(UserFacingException.class).hasMessageStartingWith("incubation.kpi.error.negative");
        assertThatThrownBy(() -> KpiRules.validate(new Kpis(null, -3, null, null, null, null, null, null, null)))
                .hasMessageStartingWith("incubation.kpi.error.negative");
        assertThatThrownBy(() -> KpiRules.validate(new Kpis(null, 2_000_000, null, null, null, null, null, null,
                null))).hasMessageStartingWith("incubation.kpi.error.tooLarge");
        assertThatThrownBy(() -> KpiRules.validate(new Kpis(null, null, new BigDecimal("99999999999"), null, null,
                null, null, null, null))).hasMessageStartingWith("incubation.kpi.error.tooLarge");
        assertThatThrownBy(() -> KpiRules.validate(new Kpis(new BigDecimal("1.005"), null, null, null, null, null,
                null, null, null))).hasMessageStartingWith("incubation.kpi.error.cents");
    }

    @Test
    void submissionNeedsEveryFigure() {
        assertThatThrownBy(() -> KpiRules.requireComplete(new Kpis(BigDecimal.ONE, 1, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, 1L, 1, null, 0)))
                .hasMessageStartingWith("incubation.kpi.error.missing");
    }
}
