package org.opencontest.judging.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jgrapht.alg.util.UnionFind;
import org.opencontest.judging.internal.BalancedAssignment.Pair;

/**
 * Connected pieces of the judge–entry graph, and the swap that joins them: judge A leaves entry a for entry b while
 * judge B leaves b for a. Every judge keeps their load and every entry its number of judges, so a swap never breaks
 * a constraint the flow met; it is kept only if the graph has fewer pieces afterwards.
 */
final class Connectivity {

    private Connectivity() {
    }

    /** Swaps within {@code pairs} (never into a forbidden pair) until one piece is left or no swap helps. */
    static int join(TreeSet<Pair> pairs, Set<Pair> forbidden) {
        int count = components(pairs).size();
        while (count > 1) {
            int joined = trySwap(pairs, forbidden, count);
            if (joined == count) {
                return count;
            }
            count = joined;
        }
        return count;
    }

    private static int trySwap(TreeSet<Pair> pairs, Set<Pair> forbidden, int count) {
        List<List<Pair>> pieces = components(pairs);
        for (int a = 0; a < pieces.size(); a++) {
            for (int b = a + 1; b < pieces.size(); b++) {
                for (Pair p : pieces.get(a)) {
                    for (Pair q : pieces.get(b)) {
                        Pair pq = new Pair(p.judgeId(), q.entryId());
                        Pair qp = new Pair(q.judgeId(), p.entryId());
                        if (forbidden.contains(pq) || forbidden.contains(qp)
                                || pairs.contains(pq) || pairs.contains(qp)) {
                            continue;
                        }
                        swap(pairs, p, q, pq, qp);
                        int after = components(pairs).size();
                        if (after < count) {
                            return after;
                        }
                        swap(pairs, pq, qp, p, q);
                    }
                }
            }
        }
        return count;
    }

    private static void swap(TreeSet<Pair> pairs, Pair removeA, Pair removeB, Pair addA, Pair addB) {
        pairs.remove(removeA);
        pairs.remove(removeB);
        pairs.add(addA);
        pairs.add(addB);
    }

    /** The pairs of each connected piece in order, pieces in order of their smallest pair. */
    static List<List<Pair>> components(Set<Pair> pairs) {
        Set<String> nodes = new HashSet<>();
        for (Pair pair : pairs) {
            nodes.add(judge(pair));
            nodes.add(entry(pair));
        }
        UnionFind<String> pieces = new UnionFind<>(nodes);
        for (Pair pair : pairs) {
            pieces.union(judge(pair), entry(pair));
        }
        // grouped in sorted order, so each piece is sorted and pieces come in the order of their smallest pair
        return List.copyOf(pairs.stream().sorted().collect(Collectors.groupingBy(pair -> pieces.find(judge(pair)),
                LinkedHashMap::new, Collectors.toList())).values());
    }

    private static String judge(Pair pair) {
        return "j" + pair.judgeId();
    }

    private static String entry(Pair pair) {
        return "e" + pair.entryId();
    }
}
