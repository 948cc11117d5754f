package org.opencontest.judging.internal;

/**
 * Published once, inside the transaction that first makes a contest's results public (publishing again publishes
 * nothing). The judging module tells the teams by mail; other modules may start incubation from it.
 */
public record ResultsPublished(long contestId, String slug) {
}
