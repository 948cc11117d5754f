package org.opencontest.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.opencontest.audit.AuditActor;

class AuditHashesTest {

    private static final Instant AT = Instant.parse("2026-06-01T10:15:30.123456Z");
    private static final AuditActor ADMIN = new AuditActor(7L, "admin@example.org");

    @Test
    void everyFieldAndThePreviousHashAreCovered() {
        String base = AuditHashes.hash(AuditHashes.GENESIS, AT, 7L, "admin@example.org", "a", "s", "d");

        assertThat(base).hasSize(64).matches("[0-9a-f]+");
        assertThat(AuditHashes.hash(AuditHashes.GENESIS, AT, 7L, "admin@example.org", "a", "s", "d")).isEqualTo(base);
        assertThat(AuditHashes.hash("1".repeat(64), AT, 7L, "admin@example.org", "a", "s", "d")).isNotEqualTo(base);
        assertThat(AuditHashes.hash(AuditHashes.GENESIS, AT.plusNanos(1000), 7L, "admin@example.org", "a", "s", "d"))
                .isNotEqualTo(base);
        assertThat(AuditHashes.hash(AuditHashes.GENESIS, AT, 8L, "admin@example.org", "a", "s", "d")).isNotEqualTo(base);
        assertThat(AuditHashes.hash(AuditHashes.GENESIS, AT, 7L, "admin@example.org", "a", "s", null)).isNotEqualTo(base);
    }

    @Test
    void textCannotBeShiftedBetweenFields() {
        assertThat(AuditHashes.hash(AuditHashes.GENESIS, AT, null, null, "ab", "c", null))
                .isNotEqualTo(AuditHashes.hash(AuditHashes.GENESIS, AT, null, null, "a", "bc", null));
        assertThat(AuditHashes.hash(AuditHashes.GENESIS, AT, null, null, "a", "", null))
                .isNotEqualTo(AuditHashes.hash(AuditHashes.GENESIS, AT, null, null, "a", null, ""));
    }

    @Test
    void anEntryNoticesWhenItsContentNoLongerMatchesItsHash() throws Exception {
        AuditEntry entry = AuditEntry.chained(AuditHashes.GENESIS, AT, ADMIN, "account.role.granted",
                "judge@example.org", "role=JUDGE");
        assertThat(entry.contentMatchesHash()).isTrue();

        var details = AuditEntry.class.getDeclaredField("details");
        details.setAccessible(true);
        details.set(entry, "role=ADMIN");

        assertThat(entry.contentMatchesHash()).isFalse();
    }
}
