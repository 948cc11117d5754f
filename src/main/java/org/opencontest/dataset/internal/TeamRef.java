package org.opencontest.dataset.internal;

/** The team a user acted for when accepting terms or downloading, kept with the record as it was then. */
public record TeamRef(long id, String name) {
}
