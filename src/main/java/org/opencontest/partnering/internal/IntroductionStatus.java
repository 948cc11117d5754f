package org.opencontest.partnering.internal;

public enum IntroductionStatus {
    REQUESTED, ACCEPTED, DECLINED
}
