package org.opencontest.account.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.security.Role;

/** A role request as the requester and the administrators see it. */
public record RoleRequestView(long id, long userId, String email, String displayName, Role role, String organisation,
                              String reason, RoleRequestStatus status, Instant createdAt, Instant decidedAt,
                              String decisionReason) implements Serializable {
}
