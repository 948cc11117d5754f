package org.opencontest.account.internal;

/** Whether a personal API token works right now. */
public enum ApiTokenStatus {
    ACTIVE, EXPIRED, REVOKED
}
