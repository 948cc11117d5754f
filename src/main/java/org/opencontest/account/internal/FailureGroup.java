package org.opencontest.account.internal;

import java.time.Instant;

/** The wrong passwords for one e-mail from one source address within the throttle's memory. */
public record FailureGroup(String email, String remoteAddress, long failures, Instant last) {
}
