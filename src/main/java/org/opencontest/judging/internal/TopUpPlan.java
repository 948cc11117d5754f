package org.opencontest.judging.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans the judges a round still needs around assignments that stay (made by hand, recused, or with work on the
 * sheet). Entries that still need the same number of judges are planned together with {@link BalancedAssignment},
 * those needing most first, each group continuing from the loads the earlier ones left. With nothing kept this is
 * exactly one balanced assignment, connectivity swaps included. Pure, no Spring.
 */
public final class TopUpPlan {

    private TopUpPlan() {
    }

    /**
     * @param kept      pairs that stay, with whether they still count (a recused pair does not, but stays forbidden)
     * @param forbidden conflicted pairs
     * @return the pairs to add, and the reasons (message key and arguments) any group fell short
     */
    public static Result plan(List<BalancedAssignment.Judge> judges, List<BalancedAssignment.Entry> entries,
            int perEntry, Map<BalancedAssignment.Pair, Boolean> kept, Set<BalancedAssignment.Pair> forbidden) {
        Set<BalancedAssignment.Pair> excluded = new HashSet<>(forbidden);
        excluded.addAll(kept.keySet());
        Map<Long, Integer> used = new HashMap<>();
        Map<Long, Integer> held = new HashMap<>();
        kept.forEach((pair, counts) -> {
            if (counts) {
                used.merge(pair.judgeId(), 1, Integer::sum);
                held.merge(pair.entryId(), 1, Integer::sum);
            }
        });
        Map<Integer, List<BalancedAssignment.Entry>> byNeed = new TreeMap<>(Comparator.reverseOrder());
        for (BalancedAssignment.Entry entry : entries) {
            int need = perEntry - held.getOrDefault(entry.entryId(), 0);
            if (need > 0) {
                byNeed.computeIfAbsent(need, n -> new ArrayList<>()).add(entry);
            }
        }
        Set<BalancedAssignment.Pair> added = new HashSet<>();
        List<BalancedAssignment.Issue> issues = new ArrayList<>();
        byNeed.forEach((need, group) -> {
            List<BalancedAssignment.Judge> left = judges.stream().map(judge -> new BalancedAssignment.Judge(
                    judge.judgeId(), judge.expertise(),
                    Math.max(0, judge.maxLoad() - used.getOrDefault(judge.judgeId(), 0)))).toList();
            BalancedAssignment.Plan plan = BalancedAssignment.assign(left, group, need, excluded);
            plan.pairs().forEach(pair -> {
                added.add(pair);
                used.merge(pair.judgeId(), 1, Integer::sum);
            });
            // whether the whole round is connected is judged on all its pairs afterwards, not per group
            plan.issues().stream().filter(issue -> !issue.messageKey().endsWith(".disconnected"))
                    .forEach(issues::add);
        });
        return new Result(added, issues);
    }

    public record Result(Set<BalancedAssignment.Pair> added, List<BalancedAssignment.Issue> issues) {

        public Result {
            added = Set.copyOf(added);
            issues = List.copyOf(issues);
        }
    }
}
