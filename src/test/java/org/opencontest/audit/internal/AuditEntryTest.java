package org.opencontest.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencontest.audit.AuditActor;
import org.opencontest.shared.hash.HashChain;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-06-01T10:15:30.123456Z");
    private static final AuditActor ADMIN = new AuditActor(7L, "admin@example.org");

    @Test
    void everyFieldAndThePreviousHashAreCovered() {
        String base = hash(HashChain.GENESIS, AT, ADMIN, "a", "s", "d");

        assertThat(base).hasSize(64).matches("[0-9a-f]+");
        assertThat(hash(HashChain.GENESIS, AT, ADMIN, "a", "s", "d")).isEqualTo(base);
        assertThat(hash("1".repeat(64), AT, ADMIN, "a", "s", "d")).isNotEqualTo(base);
        assertThat(hash(HashChain.GENESIS, AT.plusNanos(1000), ADMIN, "a", "s", "d")).isNotEqualTo(base);
        assertThat(hash(HashChain.GENESIS, AT, new AuditActor(8L, ADMIN.email()), "a", "s", "d")).isNotEqualTo(base);
        assertThat(hash(HashChain.GENESIS, AT, ADMIN, "a", "s", null)).isNotEqualTo(base);
    }

    @Test
    void textCannotBeShiftedBetweenFields() {
        assertThat(hash(HashChain.GENESIS, AT, AuditActor.ANONYMOUS, "ab", "c", null))
                .isNotEqualTo(hash(HashChain.GENESIS, AT, AuditActor.ANONYMOUS, "a", "bc", null));
        assertThat(hash(HashChain.GENESIS, AT, AuditActor.ANONYMOUS, "a", "", null))
                .isNotEqualTo(hash(HashChain.GENESIS, AT, AuditActor.ANONYMOUS, "a", null, ""));
    }

    @Test
    void aTrailWrittenBeforeTheChainMovedToSharedStillVerifies() {
        // hashes computed by the audit module's former AuditHashes, as stored in audit_entry
        List<String> stored = List.of("511ec8ea0e42d6ffd8ae03e9340cd5e8cbd16c2f85b86fc6ddb678df2d7a9917",
                "6fc7df2a1c3377be068685c916c68bbb7e0873b78cd27544c5af2be05c3e9b53",
                "4ec7a19281885700f578bd7765e1d9fbf14cacf30d1fa033cb71b1924f137be7");
        AuditEntry first = AuditEntry.chained(HashChain.GENESIS, AT, ADMIN, "account.role.granted",
                "judge@example.org", "role=JUDGE");
        AuditEntry second = AuditEntry.chained(first.getHash(), Instant.parse("2026-06-01T10:16:00Z"),
                AuditActor.ANONYMOUS, "account.signin.failed", "李雷@example.org", null);
        AuditEntry third = AuditEntry.chained(second.getHash(), Instant.parse("2026-06-02T08:00:00.000001Z"),
                new AuditActor(9L, "org@example.org"), "contest.published", "contest:42", "标题 ✓");

        assertThat(List.of(first.getHash(), second.getHash(), third.getHash())).isEqualTo(stored);
    }

    @Test
    void anEntryNoticesWhenItsContentNoLongerMatchesItsHash() throws Exception {
        AuditEntry entry = withId(AuditEntry.chained(HashChain.GENESIS, AT, ADMIN, "account.role.granted",
                "judge@example.org", "role=JUDGE"), 1L);
        assertThat(HashChain.FIELD_JOINED.walk().next(entry.toLink())).isTrue();

        var details = AuditEntry.class.getDeclaredField("details");
        details.setAccessible(true);
        details.set(entry, "role=ADMIN");

        assertThat(HashChain.FIELD_JOINED.walk().next(entry.toLink())).isFalse();
    }

    private static String hash(String previous, Instant at, AuditActor actor, String action, String subject,
                               String details) {
        return AuditEntry.chained(previous, at, actor, action, subject, details).getHash();
    }

    private static AuditEntry withId(AuditEntry entry, long id) throws ReflectiveOperationException {
        var field = AuditEntry.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entry, id);
        return entry;
    }
}
