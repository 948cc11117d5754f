package org.opencontest.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void doublesFromOneMinuteUpToAnHour() {
        assertThat(RetryPolicy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryPolicy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryPolicy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(RetryPolicy.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(RetryPolicy.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryPolicy.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }
}
