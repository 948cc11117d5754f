package org.opencontest.judging;

import java.util.Map;

/**
 * The contest's hash-chained judging log for decisions other modules take about a contest's entries (the
 * people's-choice vote: opening, closing, voiding, publication). The link is written in the caller's transaction, so
 * it exists exactly when the decision was committed; there must be one. The caller checks who may decide; the kinds
 * it appends are its own ({@code VOTE_…}) and never those judging writes.
 */
public interface DecisionLog {

    /** Appends {@code content} (written as canonical JSON) as the contest's next link of kind {@code kind}. */
    void append(long contestId, String kind, Map<String, ?> content);
}
