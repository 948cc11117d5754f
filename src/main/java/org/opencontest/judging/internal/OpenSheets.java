package org.opencontest.judging.internal;

/** How many sheets a judge still has to submit in a round. */
public record OpenSheets(long judgeId, long count) {
}
