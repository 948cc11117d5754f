package org.opencontest.account;

/** Where a role request stands. */
public enum RoleRequestStatus {
    PENDING, APPROVED, DECLINED
}
