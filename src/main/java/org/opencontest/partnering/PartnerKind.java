package org.opencontest.partnering;

/** What kind of organisation a partner speaks for. */
public enum PartnerKind {
    INVESTOR, COMPANY, GOVERNMENT
}
