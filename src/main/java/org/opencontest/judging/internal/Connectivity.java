package org.opencontest.judging.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /** The pairs of each connected piece, pieces in order of their smallest pair. */
    static List<List<Pair>> components(Set<Pair> pairs) {
        Map<String, String> parent = new HashMap<>();
        for (Pair pair : pairs) {
            union(parent, "j" + pair.judgeId(), "e" + pair.entryId());
        }
        Map<String, List<Pair>> pieces = new TreeMap<>();
        for (Pair pair : pairs) {
            pieces.computeIfAbsent(find(parent, "j" + pair.judgeId()), root -> new ArrayList<>()).add(pair);
        }
        List<List<Pair>> ordered = new ArrayList<>(pieces.values());
        ordered.sort((x, y) -> x.get(0).compareTo(y.get(0)));
        return ordered;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String rootA = find(parent, a);
        String rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }

    private static String find(Map<String, String> parent, String node) {
        String root = node;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        // path compression keeps repeated look-ups short
        String current = node;
        while (!current.equals(root)) {
            String next = parent.get(current);
            parent.put(current, root);
            current = next;
        }
        return root;
    }
}
