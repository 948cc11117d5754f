package org.opencontest.audit;

import java.time.Instant;

/** One audit entry as administrators see it. */
public record AuditRecord(long id, Instant at, Long actorId, String actorEmail, String action, String subject,
                          String details) {
}
