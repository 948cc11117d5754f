package org.opencontest.judging.internal;

import java.util.HashSet;
import java.util.List;

/** The top N by raw scores beside the top N by normalised scores, for the plain statement on the ranking page. */
public record WinnersComparison(List<Long> raw, List<Long> normalised) {

    public WinnersComparison {
        raw = List.copyOf(raw);
        normalised = List.copyOf(normalised);
    }

    /** The same entries win either way (perhaps in another order). */
    public boolean sameWinners() {
        return new HashSet<>(raw).equals(new HashSet<>(normalised));
    }

    /** The same entries win in the same order. */
    public boolean sameOrder() {
        return raw.equals(normalised);
    }

    /** Entries that win only with raw scores. */
    public List<Long> onlyRaw() {
        return raw.stream().filter(id -> !normalised.contains(id)).toList();
    }

    /** Entries that win only with normalised scores. */
    public List<Long> onlyNormalised() {
        return normalised.stream().filter(id -> !raw.contains(id)).toList();
    }

    /** The message key of the plain statement: same winners in the same order, same winners reordered, or others. */
    public String statementKey() {
        if (sameOrder()) {
            return "judging.ranking.winners.same";
        }
        return sameWinners() ? "judging.ranking.winners.reordered" : "judging.ranking.winners.differ";
    }
}
