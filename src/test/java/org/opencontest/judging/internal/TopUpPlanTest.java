package org.opencontest.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencontest.judging.internal.BalancedAssignment.Entry;
import org.opencontest.judging.internal.BalancedAssignment.Judge;
import org.opencontest.judging.internal.BalancedAssignment.Pair;

class TopUpPlanTest {

    private static final List<Judge> JUDGES = List.of(new Judge(1, Set.of(), 2), new Judge(2, Set.of(), 2),
            new Judge(3, Set.of(), 2));
    private static final List<Entry> ENTRIES = List.of(new Entry(10, null), new Entry(11, null), new Entry(12, null));

    @Test
    void withNothingKeptItIsTheBalancedAssignment() {
        TopUpPlan.Result result = TopUpPlan.plan(JUDGES, ENTRIES, 2, Map.of(), Set.of());

        assertThat(result.added()).containsExactlyInAnyOrderElementsOf(
                BalancedAssignment.assign(JUDGES, ENTRIES, 2, Set.of()).pairs());
        assertThat(result.issues()).isEmpty();
    }

    @Test
    void keptPairsCountTowardsEntriesAndLoadsAndRecusedOnesAreNeverRepeated() {
        Map<Pair, Boolean> kept = new HashMap<>();
        kept.put(new Pair(1, 10), true);
        kept.put(new Pair(1, 11), true);
        // judge 2 recused from entry 10: it no longer counts, and must not come back
        kept.put(new Pair(2, 10), false);

        TopUpPlan.Result result = TopUpPlan.plan(JUDGES, ENTRIES, 2, kept, Set.of(new Pair(3, 12)));

        assertThat(result.added()).doesNotContain(new Pair(2, 10), new Pair(3, 12), new Pair(1, 10), new Pair(1, 11))
                .as("judge 1 is full with the two kept pairs").noneMatch(pair -> pair.judgeId() == 1);
        assertThat(result.added()).filteredOn(pair -> pair.entryId() == 10).hasSize(1);
        assertThat(result.added()).filteredOn(pair -> pair.entryId() == 11).hasSize(1);
        // entry 12 needs two, but judge 1 is full and judge 3 is conflicted: only judge 2 is left
        assertThat(result.added()).filteredOn(pair -> pair.entryId() == 12).containsExactly(new Pair(2, 12));
        assertThat(result.issues()).extracting(BalancedAssignment.Issue::messageKey)
                .contains("judging.assignment.issue.tooFewEligible");
    }
}
