package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenLinesTest {

    @Test
    void linesInTheKeysOrderAndAfterItIsBrokenAreKeptAlike() {
        SeenLines seen = new SeenLines(6);
        seen.mark(0, 2);
        seen.mark(1, 3);
        assertThat(seen.line(1)).isEqualTo(3);
        // a blank or refused line shifts the rest: from here on each line is kept as it came
        seen.mark(3, 5);
        seen.mark(2, 6);
        assertThat(seen.line(0)).isEqualTo(2);
        assertThat(seen.line(1)).isEqualTo(3);
        assertThat(seen.line(3)).isEqualTo(5);
        assertThat(seen.line(2)).isEqualTo(6);
        assertThat(seen.line(4)).isZero();
        assertThat(seen.unseen()).isEqualTo(2);
        assertThat(seen.firstUnseen()).isEqualTo(4);
    }
}
