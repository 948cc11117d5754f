package org.opencontest.judging.internal;

/** Where an assignment's sheet stands: nothing entered yet, a draft, submitted (locked), or the judge recused. */
public enum SheetProgress {
    NOT_STARTED, DRAFT, SUBMITTED, RECUSED
}
