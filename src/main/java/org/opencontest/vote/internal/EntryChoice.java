package org.opencontest.vote.internal;

/** Which entries a vote shows: every team's final version, or the finalists (the awarded entries). */
public enum EntryChoice {
    ALL_FINAL, FINALISTS
}
