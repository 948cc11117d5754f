package org.opencontest.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTest {

    @Test
    void stagesMoveForwardOrEndAndFinalStagesStay() {
        assertThat(Stage.ACCEPTED.canMoveTo(Stage.PROTOTYPE)).isTrue();
        assertThat(Stage.PROTOTYPE.canMoveTo(Stage.SPUN_OFF)).isTrue();
        assertThat(Stage.PILOT.canMoveTo(Stage.PROTOTYPE)).isFalse();
        assertThat(Stage.PILOT.canMoveTo(Stage.PILOT)).isFalse();
        assertThat(Stage.PILOT.canMoveTo(Stage.DISCONTINUED)).isTrue();
        assertThat(Stage.GRADUATED.canMoveTo(Stage.DISCONTINUED)).isFalse();
        assertThat(Stage.DISCONTINUED.canMoveTo(Stage.ACCEPTED)).isFalse();
        assertThat(Stage.GOVERNMENT_ADOPTION.adopted()).isTrue();
        assertThat(Stage.PILOT.adopted()).isFalse();
    }
}
