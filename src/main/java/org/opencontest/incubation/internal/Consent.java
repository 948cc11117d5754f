package org.opencontest.incubation.internal;

/** The team's answer to the offer of incubation. */
public enum Consent {
    PENDING, ACCEPTED, DECLINED
}
