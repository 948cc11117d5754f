package org.opencontest.partnering.internal;

/** What kind of organisation a partner speaks for. */
public enum PartnerKind {
    INVESTOR, COMPANY, GOVERNMENT
}
