package org.opencontest.judging;

import java.util.List;

/** A rubric as the organiser writes it: a name and its criteria in order. */
public record RubricInput(String name, List<CriterionInput> criteria) {

    public RubricInput {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
