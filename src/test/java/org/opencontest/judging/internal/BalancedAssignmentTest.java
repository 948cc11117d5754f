package org.opencontest.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.judging.internal.RubricTest.assertRefused;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.opencontest.judging.internal.BalancedAssignment.Entry;
import org.opencontest.judging.internal.BalancedAssignment.Issue;
import org.opencontest.judging.internal.BalancedAssignment.Judge;
import org.opencontest.judging.internal.BalancedAssignment.Pair;
import org.opencontest.judging.internal.BalancedAssignment.Plan;

/** The min-cost-flow assignment: examples by hand, then properties over many random contests. */
class BalancedAssignmentTest {

    @Nested
    class Examples {

        @Test
        void loadIsSpreadEvenly() {
            List<Judge> judges = judges(4, Set.of(), 10);
            Plan plan = BalancedAssignment.assign(judges, entries(10, null), 2, Set.of());

            assertThat(plan.complete()).isTrue();
            assertThat(plan.pairs()).hasSize(20);
            assertThat(plan.loads().values()).containsOnly(5);
            assertThat(plan.components()).isEqualTo(1);
        }

        @Test
        void expertsGetTheirTracksYetAllJudgesStayConnected() {
            // judges 1, 2 know "traffic", judges 3, 4 know "safety"; without the swap these would be two islands
            List<Judge> judges = List.of(new Judge(1, Set.of("traffic"), 10), new Judge(2, Set.of("traffic"), 10),
                    new Judge(3, Set.of("safety"), 10), new Judge(4, Set.of("safety"), 10));
            List<Entry> entries = new ArrayList<>();
            for (long e = 1; e <= 8; e++) {
                entries.add(new Entry(100 + e, e <= 4 ? "traffic" : "safety"));
            }
            Plan plan = BalancedAssignment.assign(judges, entries, 2, Set.of());

            assertThat(plan.complete()).isTrue();
            assertThat(plan.components()).isEqualTo(1);
            long matching = plan.pairs().stream().filter(pair -> (pair.judgeId() <= 2) == (pair.entryId() <= 104))
                    .count();
            assertThat(matching).isGreaterThanOrEqualTo(14);
            assertThat(plan.loads().values()).containsOnly(4);
        }

        @Test
        void conflictedPairsAreNeverAssigned() {
            Set<Pair> conflicts = Set.of(new Pair(1, 101), new Pair(2, 101));
            Plan plan = BalancedAssignment.assign(judges(3, Set.of(), 5), entries(3, null), 1, conflicts);

            assertThat(plan.pairs()).filteredOn(pair -> pair.entryId() == 101)
                    .extracting(Pair::judgeId).containsExactly(3L);
        }

        @Test
        void anEntryWithTooFewEligibleJudgesIsNamed() {
            Set<Pair> conflicts = Set.of(new Pair(1, 102), new Pair(2, 102));
            Plan plan = BalancedAssignment.assign(judges(3, Set.of(), 5), entries(3, null), 2, conflicts);

            assertThat(plan.issues()).containsExactly(
                    new Issue("judging.assignment.issue.tooFewEligible", List.of(102L, 1L, 2)));
            // the rest is still assigned: the organiser completes it by hand
            assertThat(plan.pairs()).hasSize(5);
        }

        @Test
        void tooLittleCapacityIsSaidOnce() {
            Plan plan = BalancedAssignment.assign(judges(3, Set.of(), 2), entries(4, null), 2, Set.of());

            assertThat(plan.issues()).containsExactly(new Issue("judging.assignment.issue.capacity", List.of(6L, 8L)));
            assertThat(plan.pairs()).hasSize(6);
            assertThat(plan.loads().values()).containsOnly(2);
        }

        @Test
        void capsAndConflictsTogetherAreExplainedPerEntry() {
            // both entries may only go to judge 1, who takes one entry; judge 2 is conflicted with both
            List<Judge> judges = List.of(new Judge(1, Set.of(), 1), new Judge(2, Set.of(), 5));
            Set<Pair> conflicts = Set.of(new Pair(2, 101), new Pair(2, 102));
            Plan plan = BalancedAssignment.assign(judges, entries(2, null), 1, conflicts);

            // one of the two stays a judge short, and the plan says which
            assertThat(plan.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.messageKey()).isEqualTo("judging.assignment.issue.loadCaps");
                assertThat(issue.arguments()).containsAnyOf(101L, 102L).endsWith(1);
            });
        }

        @Test
        void oneJudgePerEntryCannotConnectJudgesAndSaysSo() {
            Plan plan = BalancedAssignment.assign(judges(3, Set.of(), 1), entries(3, null), 1, Set.of());

            assertThat(plan.components()).isEqualTo(3);
            assertThat(plan.issues()).containsExactly(new Issue("judging.assignment.issue.disconnected", List.of(3)));
        }

        @Test
        void badParametersAreRefused() {
            assertRefused(() -> BalancedAssignment.assign(judges(2, Set.of(), 1), entries(2, null), 0, Set.of()),
                    "judging.assignment.error.perEntry");
            assertRefused(() -> new Judge(1, Set.of(), -1), "judging.assignment.error.maxLoad");
        }

        @Test
        void nothingToAssignIsNotAProblem() {
            Plan plan = BalancedAssignment.assign(judges(2, Set.of(), 1), List.of(), 2, Set.of());

            assertThat(plan.complete()).isTrue();
            assertThat(plan.loads()).containsOnlyKeys(1L, 2L);
        }
    }

    /** Random contests: 2–30 judges, 1–60 entries, k 1–4, caps, tracks and conflicts at random. */
    @RepeatedTest(150)
    void propertiesHoldForRandomContests(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<String> tracks = List.of("traffic", "safety", "health");
        int judgeCount = 2 + random.nextInt(29);
        int entryCount = 1 + random.nextInt(60);
        int k = 1 + random.nextInt(4);
        List<Judge> judges = new ArrayList<>();
        for (long j = 1; j <= judgeCount; j++) {
            Set<String> expertise = random.nextBoolean() ? Set.of(tracks.get(random.nextInt(3))) : Set.of();
            judges.add(new Judge(j, expertise, random.nextInt(2 + entryCount * k / judgeCount * 2)));
        }
        List<Entry> entries = new ArrayList<>();
        for (long e = 1; e <= entryCount; e++) {
            entries.add(new Entry(1000 + e, tracks.get(random.nextInt(3))));
        }
        Set<Pair> conflicts = new HashSet<>();
        for (Judge judge : judges) {
            for (Entry entry : entries) {
                if (random.nextInt(10) == 0) {
                    conflicts.add(new Pair(judge.judgeId(), entry.entryId()));
                }
            }
        }

        Plan plan = BalancedAssignment.assign(judges, entries, k, conflicts);
        assertConstraintsHold(plan, judges, entries, k, conflicts);
        // in small batches (as large contests are solved) the same constraints hold and no entry is left shorter
        Plan batched = BalancedAssignment.assign(judges, entries, k, conflicts, 3 * judgeCount);
        assertConstraintsHold(batched, judges, entries, k, conflicts);
        assertThat(batched.pairs()).hasSameSizeAs(plan.pairs());

        // the flow fills every entry whenever enough distinct eligible judges with spare capacity exist: with
        // unlimited caps, only entries short of eligible judges may stay short
        List<Judge> uncapped = judges.stream().map(judge -> new Judge(judge.judgeId(), judge.expertise(),
                entryCount)).toList();
        Plan generous = BalancedAssignment.assign(uncapped, entries, k, conflicts);
        for (Entry entry : entries) {
            long eligible = judges.stream().filter(judge -> !conflicts.contains(new Pair(judge.judgeId(),
                    entry.entryId()))).count();
            long assigned = generous.pairs().stream().filter(pair -> pair.entryId() == entry.entryId()).count();
            assertThat(assigned).isEqualTo(Math.min(k, eligible));
        }
    }

    private static void assertConstraintsHold(Plan plan, List<Judge> judges, List<Entry> entries, int k,
            Set<Pair> conflicts) {
        assertThat(plan.pairs()).doesNotHaveDuplicates().noneMatch(conflicts::contains);
        Map<Long, Integer> perEntry = new HashMap<>();
        plan.pairs().forEach(pair -> perEntry.merge(pair.entryId(), 1, Integer::sum));
        assertThat(perEntry.values()).allMatch(count -> count <= k);
        for (Judge judge : judges) {
            long load = plan.pairs().stream().filter(pair -> pair.judgeId() == judge.judgeId()).count();
            assertThat(load).isLessThanOrEqualTo(judge.maxLoad()).isEqualTo((long) plan.loads().get(judge.judgeId()));
        }
        assertThat(plan.components()).isEqualTo(Connectivity.components(Set.copyOf(plan.pairs())).size());
        boolean everyEntryFull = entries.stream().allMatch(entry -> perEntry.getOrDefault(entry.entryId(), 0) == k);
        if (plan.complete()) {
            assertThat(everyEntryFull).isTrue();
            assertThat(plan.components()).isLessThanOrEqualTo(1);
        } else {
            // every shortfall is explained
            assertThat(everyEntryFull && plan.components() <= 1).isFalse();
            for (Entry entry : entries) {
                if (perEntry.getOrDefault(entry.entryId(), 0) < k) {
                    assertThat(plan.issues()).anyMatch(issue -> issue.messageKey().endsWith(".capacity")
                            || issue.arguments().get(0).equals(entry.entryId()));
                }
            }
        }
    }

    static List<Judge> judges(int count, Set<String> expertise, int maxLoad) {
        List<Judge> judges = new ArrayList<>();
        for (long j = 1; j <= count; j++) {
            judges.add(new Judge(j, expertise, maxLoad));
        }
        return judges;
    }

    static List<Entry> entries(int count, String track) {
        List<Entry> entries = new ArrayList<>();
        for (long e = 1; e <= count; e++) {
            entries.add(new Entry(100 + e, track));
        }
        return entries;
    }
}
