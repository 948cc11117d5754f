package org.opencontest.partnering;

/** What an accepted introduction led to, as the team links it to a check-in's KPI. */
public enum IntroductionOutcome {
    FUNDING, ADOPTION
}
