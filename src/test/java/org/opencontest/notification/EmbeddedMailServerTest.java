package org.opencontest.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.opencontest.notification.internal.EmbeddedMailServer;

@ExtendWith(OutputCaptureExtension.class)
class EmbeddedMailServerTest {

    @Test
    void aTakenPortFallsBackToAFreeOneAndSaysSo(CapturedOutput output) throws Exception {
        try (ServerSocket firstInstance = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int taken = firstInstance.getLocalPort();
            EmbeddedMailServer second = new EmbeddedMailServer(taken);
            try {
                second.start();
                assertThat(second.isRunning()).isTrue();
                assertThat(second.port()).isNotEqualTo(taken).isPositive();
                assertThat(output).contains("Port " + taken + " on 127.0.0.1 is taken")
                        .contains("listens on port " + second.port() + " instead");
            } finally {
                second.stop();
            }
        }
    }
}
