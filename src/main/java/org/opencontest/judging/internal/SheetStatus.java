package org.opencontest.judging.internal;

/** A sheet is a draft the judge edits until they submit it; a submitted sheet is locked. */
public enum SheetStatus {
    DRAFT, SUBMITTED
}
