package org.opencontest.judging.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.opencontest.shared.error.UserFacingException;

/**
 * Balanced assignment of judges to entries as a minimum-cost flow (JGraphT):
 * <pre>
 * source ─(1 arc per unit of load, cost 1, 2, 3, …)─▶ judge ─(cap 1, cost by expertise)─▶ entry ─(cap k)─▶ sink
 * source ─(cap k, prohibitive cost)───────────────────────────────────────────────────▶ entry
 * </pre>
 * Rising costs per unit of load spread the work evenly; a judge whose expertise matches the entry's track is
 * cheaper, so preferred as long as their load stays within {@link #PREFERENCE} of the others'; conflicted pairs have
 * no arc at all. The direct arcs always make the flow feasible, and the flow on them is exactly what is missing,
 * which is how the plan explains why the constraints could not be met. Afterwards swaps (which keep every load and
 * every entry's count) join the judge–entry graph into one piece, so that per-judge normalisation compares judges
 * who share entries.
 */
public final class BalancedAssignment {

    /** Judge–entry arcs per flow problem; larger contests are solved in batches of entries (see docs/judging.md). */
    static final int PAIR_ARCS_PER_BATCH = 10_000;

    /** Cost of a judge whose expertise does not match the entry's track, in units of load. */
    static final int PREFERENCE = 10;
    /** Dearer than any real path (a load unit costs at most the number of entries), below JGraphT's "infinite" 1e9. */
    private static final double SHORTFALL = 1e8;

    public record Judge(long judgeId, Set<String> expertise, int maxLoad) {

        public Judge {
            if (maxLoad < 0) {
                throw new UserFacingException("judging.assignment.error.maxLoad", maxLoad);
            }
            expertise = Set.copyOf(expertise);
        }
    }

    /** An entry and its track (null when the contest has no tracks). */
    public record Entry(long entryId, String track) {
    }

    public record Pair(long judgeId, long entryId) implements Comparable<Pair> {

        @Override
        public int compareTo(Pair other) {
            return Comparator.comparingLong(Pair::entryId).thenComparingLong(Pair::judgeId).compare(this, other);
        }
    }

    /** A reason the plan falls short, as a message key and its arguments. */
    public record Issue(String messageKey, List<Object> arguments) {

        public Issue {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * The proposed assignment.
     *
     * @param pairs      judge–entry pairs, by entry then judge
     * @param loads      entries per judge, every judge listed
     * @param components connected pieces of the judge–entry graph (1 is what normalisation wants)
     * @param issues     why the plan is incomplete or disconnected; empty when it meets every constraint
     */
    public record Plan(List<Pair> pairs, Map<Long, Integer> loads, int components, List<Issue> issues) {

        public boolean complete() {
            return issues.isEmpty();
        }
    }

    private BalancedAssignment() {
    }

    public static Plan assign(List<Judge> judges, List<Entry> entries, int perEntry, Set<Pair> forbidden) {
        return assign(judges, entries, perEntry, forbidden, PAIR_ARCS_PER_BATCH);
    }

    static Plan assign(List<Judge> judges, List<Entry> entries, int perEntry, Set<Pair> forbidden,
            int pairArcsPerBatch) {
        if (perEntry < 1) {
            throw new UserFacingException("judging.assignment.error.perEntry", perEntry);
        }
        List<Judge> sortedJudges = judges.stream().sorted(Comparator.comparingLong(Judge::judgeId)).toList();
        List<Entry> sortedEntries = entries.stream().sorted(Comparator.comparingLong(Entry::entryId)).toList();

        // the most constrained entries first, so that batches do not spend the judges they alone can have
        Map<Long, Long> eligible = new HashMap<>();
        for (Entry entry : sortedEntries) {
            eligible.put(entry.entryId(), sortedJudges.stream().filter(judge -> judge.maxLoad() > 0
                    && !forbidden.contains(new Pair(judge.judgeId(), entry.entryId()))).count());
        }
        List<Entry> queue = sortedEntries.stream()
                .sorted(Comparator.comparingLong((Entry e) -> eligible.get(e.entryId())).thenComparingLong(Entry::entryId))
                .toList();
        int batchSize = Math.max(1, pairArcsPerBatch / Math.max(1, sortedJudges.size()));
        Map<Long, Integer> shortfall = new TreeMap<>();
        TreeSet<Pair> pairs = solveInBatches(sortedJudges, queue, perEntry, forbidden, batchSize, shortfall);
        if (!shortfall.isEmpty() && queue.size() > batchSize) {
            // a batch may have spent a judge a later entry needed: only the whole problem at once is conclusive
            shortfall.clear();
            pairs = solveInBatches(sortedJudges, queue, perEntry, forbidden, queue.size(), shortfall);
        }
        List<Issue> issues = new ArrayList<>();
        explainShortfall(sortedJudges, sortedEntries, perEntry, eligible, shortfall, issues);
        int components = Connectivity.join(pairs, forbidden);
        if (components > 1) {
            issues.add(new Issue("judging.assignment.issue.disconnected", List.of(components)));
        }
        Map<Long, Integer> loads = new TreeMap<>();
        sortedJudges.forEach(judge -> loads.put(judge.judgeId(), 0));
        pairs.forEach(pair -> loads.merge(pair.judgeId(), 1, Integer::sum));
        return new Plan(List.copyOf(pairs), loads, components, issues);
    }

    /**
     * Solves the flow batch by batch; each batch's load costs continue from the loads earlier batches left, so the
     * balance holds across batches. One batch is the exact optimum; batches keep large contests fast.
     */
    private static TreeSet<Pair> solveInBatches(List<Judge> judges, List<Entry> queue, int perEntry,
            Set<Pair> forbidden, int batchSize, Map<Long, Integer> shortfall) {
        TreeSet<Pair> pairs = new TreeSet<>();
        int[] loads = new int[judges.size()];
        for (int from = 0; from < queue.size(); from += batchSize) {
            List<Entry> batch = queue.subList(from, Math.min(queue.size(), from + batchSize));
            solve(judges, batch, perEntry, forbidden, loads, pairs, shortfall);
        }
        return pairs;
    }

    private static void solve(List<Judge> judges, List<Entry> batch, int perEntry, Set<Pair> forbidden, int[] loads,
            Set<Pair> pairs, Map<Long, Integer> shortfall) {
        Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        int source = 0;
        int sink = 1;
        graph.addVertex(source);
        graph.addVertex(sink);
        int judgeBase = 2;
        int entryBase = judgeBase + judges.size();
        for (int j = 0; j < judges.size(); j++) {
            graph.addVertex(judgeBase + j);
            int reachable = Math.min(judges.get(j).maxLoad(), loads[j] + batch.size());
            for (int unit = loads[j] + 1; unit <= reachable; unit++) {
                arc(graph, capacity, source, judgeBase + j, 1, unit);
            }
        }
        Map<DefaultWeightedEdge, Integer> pairArcs = new HashMap<>();
        Map<DefaultWeightedEdge, Entry> shortfallArcs = new LinkedHashMap<>();
        for (int e = 0; e < batch.size(); e++) {
            Entry entry = batch.get(e);
            int vertex = entryBase + e;
            graph.addVertex(vertex);
            arc(graph, capacity, vertex, sink, perEntry, 0);
            shortfallArcs.put(arc(graph, capacity, source, vertex, perEntry, SHORTFALL), entry);
            for (int j = 0; j < judges.size(); j++) {
                Judge judge = judges.get(j);
                if (judge.maxLoad() > 0 && !forbidden.contains(new Pair(judge.judgeId(), entry.entryId()))) {
                    pairArcs.put(arc(graph, capacity, judgeBase + j, vertex, 1, preferenceCost(judge, entry)),
                            j * batch.size() + e);
                }
            }
        }
        int demand = batch.size() * perEntry;
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                        v -> v == source ? demand : v == sink ? -demand : 0, capacity::get);
        // JGraphT 1.5.2 takes the arc costs from the edge weights (jgrapht#1139), which is where they are
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);
        pairArcs.forEach((arc, index) -> {
            if (flow.getFlow(arc) > 0.5) {
                int j = index / batch.size();
                loads[j]++;
                pairs.add(new Pair(judges.get(j).judgeId(), batch.get(index % batch.size()).entryId()));
            }
        });
        shortfallArcs.forEach((arc, entry) -> {
            int missing = (int) Math.round(flow.getFlow(arc));
            if (missing > 0) {
                shortfall.put(entry.entryId(), missing);
            }
        });
    }

    private static void explainShortfall(List<Judge> judges, List<Entry> entries, int perEntry,
            Map<Long, Long> eligible, Map<Long, Integer> shortfall, List<Issue> issues) {
        long capacity = judges.stream().mapToLong(judge -> Math.min(judge.maxLoad(), entries.size())).sum();
        long needed = (long) entries.size() * perEntry;
        if (capacity < needed) {
            issues.add(new Issue("judging.assignment.issue.capacity", List.of(capacity, needed)));
        }
        shortfall.forEach((entryId, missing) -> {
            if (eligible.get(entryId) < perEntry) {
                issues.add(new Issue("judging.assignment.issue.tooFewEligible",
                        List.of(entryId, eligible.get(entryId), perEntry)));
            } else if (capacity >= needed) {
                issues.add(new Issue("judging.assignment.issue.loadCaps", List.of(entryId, missing)));
            }
        });
    }

    /** How many connected pieces the judge–entry graph of {@code pairs} has (1: every judge can be compared). */
    public static int components(Set<Pair> pairs) {
        return Connectivity.components(pairs).size();
    }

    /** 0 when the judge's expertise names the entry's track, half when either side says nothing, else full. */
    static int preferenceCost(Judge judge, Entry entry) {
        if (entry.track() == null || judge.expertise().isEmpty()) {
            return PREFERENCE / 2;
        }
        return judge.expertise().contains(entry.track()) ? 0 : PREFERENCE;
    }

    private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> graph,
            Map<DefaultWeightedEdge, Integer> capacity, int from, int to, int cap, double cost) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, cost);
        capacity.put(edge, cap);
        return edge;
    }
}
