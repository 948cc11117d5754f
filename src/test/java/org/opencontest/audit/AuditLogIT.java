package org.opencontest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.security.SystemIdentity;
import org.opencontest.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class AuditLogIT extends IntegrationTest {

    @Autowired AuditLog auditLog;

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        String subject = "race-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int writer = 0; writer < 6; writer++) {
                int id = writer;
                writers.add(() -> {
                    for (int i = 0; i < 10; i++) {
                        auditLog.record(AuditActor.ANONYMOUS, "test.race", subject, "writer=" + id + ", i=" + i);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        SystemIdentity.run(() -> {
            assertThat(auditLog.search(subject, Pageable.ofSize(100)).getContent()).hasSize(60);
            assertThat(auditLog.verifyChain().intact()).isTrue();
        });
    }
}
