package org.opencontest.account.internal;

/** Where a role request stands. */
public enum RoleRequestStatus {
    PENDING, APPROVED, DECLINED
}
