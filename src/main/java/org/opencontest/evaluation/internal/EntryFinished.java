package org.opencontest.evaluation.internal;

/** An entry was scored or failed (published in the transaction that recorded it); its team gets a notice. */
public record EntryFinished(long entryId) {
}
