package org.opencontest.judging;

import java.util.List;

/**
 * A stored rubric.
 *
 * @param locked a round using it has a submitted sheet, so it can no longer change
 */
public record RubricDetail(long id, long version, long contestId, String name, List<CriterionInput> criteria,
        boolean locked) {
}
