package org.opencontest.judging.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.opencontest.judging.internal.BalancedAssignment.Entry;
import org.opencontest.judging.internal.BalancedAssignment.Judge;
import org.opencontest.judging.internal.BalancedAssignment.Pair;
import org.opencontest.judging.internal.BalancedAssignment.Plan;

/**
 * Benchmarks for docs/performance.md, not run in CI (the name matches no test pattern). Run after
 * {@code ./mvnw -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.opencontest.judging.internal.JudgingBenchmark}
 * with the class path from {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
public final class JudgingBenchmark {

    private JudgingBenchmark() {
    }

    public static void main(String[] args) {
        for (int run = 1; run <= 2; run++) {
            assignment(2000, 100, 3);
            ranking(10_000, 300, 3);
        }
    }

    private static void assignment(int entryCount, int judgeCount, int k) {
        Random random = new Random(1);
        List<String> tracks = List.of("traffic", "safety", "health", "environment");
        List<Judge> judges = new ArrayList<>();
        int cap = (int) Math.ceil(entryCount * k * 1.2 / judgeCount);
        for (long j = 1; j <= judgeCount; j++) {
            judges.add(new Judge(j, Set.of(tracks.get(random.nextInt(tracks.size()))), cap));
        }
        List<Entry> entries = new ArrayList<>();
        for (long e = 1; e <= entryCount; e++) {
            entries.add(new Entry(e, tracks.get(random.nextInt(tracks.size()))));
        }
        Set<Pair> conflicts = new HashSet<>();
        for (int c = 0; c < entryCount / 2; c++) {
            conflicts.add(new Pair(1 + random.nextInt(judgeCount), 1 + random.nextInt(entryCount)));
        }
        long start = System.nanoTime();
        Plan plan = BalancedAssignment.assign(judges, entries, k, conflicts);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("assignment %d entries x %d judges, k=%d, cap %d: %d ms, %d pairs, loads %d-%d, %d piece(s),"
                + " %d issue(s)%n", entryCount, judgeCount, k, cap, millis, plan.pairs().size(),
                plan.loads().values().stream().mapToInt(Integer::intValue).min().orElse(0),
                plan.loads().values().stream().mapToInt(Integer::intValue).max().orElse(0),
                plan.components(), plan.issues().size());
    }

    private static void ranking(int entryCount, int judgeCount, int k) {
        Random random = new Random(2);
        List<SheetScore> sheets = new ArrayList<>();
        double[] bias = random.doubles(judgeCount + 1, -15, 15).toArray();
        for (long e = 1; e <= entryCount; e++) {
            double quality = 30 + random.nextDouble() * 50;
            Set<Long> judges = new HashSet<>();
            while (judges.size() < k) {
                judges.add(1L + random.nextInt(judgeCount));
            }
            for (long judge : judges) {
                double score = Math.max(0, Math.min(100, quality + bias[(int) judge] + random.nextGaussian() * 8));
                sheets.add(new SheetScore(judge, e, score));
            }
        }
        long start = System.nanoTime();
        RankingResult result = Ranking.compute(sheets, RankingSettings.defaults().withTopN(10), List.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("ranking %d entries, %d sheets, 1000 bootstrap resamples: %d ms, winners %s%n",
                entryCount, sheets.size(), millis, result.winners().statementKey());
    }
}
