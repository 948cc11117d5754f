package org.opencontest.partnering;

public enum IntroductionStatus {
    REQUESTED, ACCEPTED, DECLINED
}
