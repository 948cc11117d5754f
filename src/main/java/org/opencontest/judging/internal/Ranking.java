package org.opencontest.judging.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.opencontest.shared.error.UserFacingException;

/**
 * Turns submitted sheets into a ranking: per-judge normalisation with its guards, (trimmed) means, disagreement
 * flags, the declared tie-break chain, a bootstrap over judges and the raw-versus-normalised check. Pure and
 * deterministic: the same sheets, settings and decisions always give the same result. docs/judging.md explains why.
 */
public final class Ranking {

    /** Scores are compared at a millionth of a point, so that summing in another order never breaks a tie. */
    private static final double RESOLUTION = 1e6;

    private Ranking() {
    }

    public static RankingResult compute(List<SheetScore> unordered, RankingSettings settings,
            List<OrganiserDecision> decisions) {
        // one fixed order, so that floating-point sums (and so every figure) do not depend on how sheets were read
        List<SheetScore> sheets = unordered.stream().sorted(Comparator.comparingLong(SheetScore::judgeId)
                .thenComparingLong(SheetScore::entryId)).toList();
        Map<Long, List<SheetScore>> byJudge = new TreeMap<>();
        Set<String> pairs = new HashSet<>();
        for (SheetScore sheet : sheets) {
            if (!pairs.add(sheet.judgeId() + ":" + sheet.entryId())) {
                throw new IllegalArgumentException("Judge " + sheet.judgeId() + " scored entry " + sheet.entryId()
                        + " twice");
            }
            byJudge.computeIfAbsent(sheet.judgeId(), id -> new ArrayList<>()).add(sheet);
        }
        double pooledMean = mean(sheets.stream().mapToDouble(SheetScore::score).toArray());
        double pooledDeviation = deviation(sheets.stream().mapToDouble(SheetScore::score).toArray(), pooledMean);

        List<JudgeCalibration> calibrations = new ArrayList<>();
        Map<Long, Entry> entries = new TreeMap<>();
        for (Map.Entry<Long, List<SheetScore>> judge : byJudge.entrySet()) {
            double[] scores = judge.getValue().stream().mapToDouble(SheetScore::score).toArray();
            double mean = mean(scores);
            double deviation = deviation(scores, mean);
            JudgeCalibration.Status status = scores.length < settings.minSheetsPerJudge()
                    ? JudgeCalibration.Status.TOO_FEW_SHEETS
                    : quantise(deviation) == 0 ? JudgeCalibration.Status.ZERO_SPREAD
                    : JudgeCalibration.Status.NORMALISED;
            calibrations.add(new JudgeCalibration(judge.getKey(), scores.length, mean, deviation, status));
            double top = Arrays.stream(scores).max().orElseThrow();
            for (SheetScore sheet : judge.getValue()) {
                double normalised = switch (status) {
                    case NORMALISED -> pooledMean + pooledDeviation * (sheet.score() - mean) / deviation;
                    case ZERO_SPREAD -> pooledMean;
                    case TOO_FEW_SHEETS -> sheet.score();
                };
                // a judge who scored everything alike has no favourite
                boolean judgesTop = status != JudgeCalibration.Status.ZERO_SPREAD
                        && quantise(sheet.score()) == quantise(top);
                entries.computeIfAbsent(sheet.entryId(), Entry::new)
                        .add(judge.getKey(), sheet.score(), normalised, judgesTop);
            }
        }
        int index = 0;
        for (Entry entry : entries.values()) {
            entry.index = index++;
            entry.summarise(settings);
        }

        Map<Long, Integer> decided = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (OrganiserDecision decision : decisions) {
            for (int i = 0; i < decision.order().size(); i++) {
                long id = decision.order().get(i);
                if (!entries.containsKey(id)) {
                    throw new UserFacingException("judging.tie.error.unknownEntry", id);
                }
                if (decided.put(id, i) != null) {
                    throw new UserFacingException("judging.tie.error.decidedTwice", id);
                }
                reasons.put(id, decision.reason());
            }
        }

        List<Entry> ranked = order(entries.values(), e -> e.score, settings, decided);
        double[] topShare = bootstrap(entries, settings);

        List<RankedEntry> result = new ArrayList<>();
        List<List<Long>> unresolved = new ArrayList<>();
        List<Long> currentTie = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            Entry entry = ranked.get(i);
            RankingKey separatedBy = i == 0 ? null
                    : firstDifference(ranked.get(i - 1), entry, settings, decided);
            if (i == 0 || separatedBy != null) {
                rank = i + 1;
                closeTie(currentTie, unresolved);
            } else if (currentTie.isEmpty()) {
                currentTie.add(ranked.get(i - 1).id);
            }
            if (i > 0 && separatedBy == null) {
                currentTie.add(entry.id);
            }
            String reason = separatedBy == RankingKey.ORGANISER_DECISION ? reasons.get(entry.id) : null;
            result.add(new RankedEntry(entry.id, rank, entry.score, entry.raw, entry.normalised, entry.median,
                    entry.topScores, entry.variance, entry.spread, entry.values.length, entry.disagreement,
                    topShare[entry.index], separatedBy, reason));
        }
        closeTie(currentTie, unresolved);

        WinnersComparison winners = new WinnersComparison(
                top(order(entries.values(), e -> e.raw, settings, decided), settings.topN()),
                top(order(entries.values(), e -> e.normalised, settings, decided), settings.topN()));
        return new RankingResult(result, calibrations, winners, unresolved);
    }

    private static void closeTie(List<Long> tie, List<List<Long>> unresolved) {
        if (!tie.isEmpty()) {
            unresolved.add(List.copyOf(tie));
            tie.clear();
        }
    }

    private static List<Long> top(List<Entry> ordered, int n) {
        return ordered.stream().limit(n).map(e -> e.id).toList();
    }

    private static List<Entry> order(Iterable<Entry> entries, ToDoubleFunction<Entry> score,
            RankingSettings settings, Map<Long, Integer> decided) {
        Comparator<Entry> comparator = Comparator.comparingLong((Entry e) -> -quantise(score.applyAsDouble(e)));
        for (RankingKey key : settings.tieBreakers()) {
            comparator = comparator.thenComparingLong(e -> sortKey(e, key));
        }
        comparator = comparator
                .thenComparingInt(e -> decided.getOrDefault(e.id, Integer.MAX_VALUE))
                .thenComparingLong(e -> e.id);
        List<Entry> list = new ArrayList<>();
        entries.forEach(list::add);
        list.sort(comparator);
        return list;
    }

    /** Smaller sorts first: higher medians and more top scores rank higher, lower variance ranks higher. */
    private static long sortKey(Entry entry, RankingKey key) {
        return switch (key) {
            case MEDIAN -> -quantise(entry.median);
            case TOP_SCORES -> -entry.topScores;
            case LOWER_VARIANCE -> quantise(entry.variance);
            default -> throw new IllegalArgumentException(key.name());
        };
    }

    private static RankingKey firstDifference(Entry above, Entry below, RankingSettings settings,
            Map<Long, Integer> decided) {
        if (quantise(above.score) != quantise(below.score)) {
            return RankingKey.SCORE;
        }
        for (RankingKey key : settings.tieBreakers()) {
            if (sortKey(above, key) != sortKey(below, key)) {
                return key;
            }
        }
        Integer a = decided.get(above.id);
        Integer b = decided.get(below.id);
        return a != null && b != null && !a.equals(b) ? RankingKey.ORGANISER_DECISION : null;
    }

    /**
     * Resamples the judges with replacement and counts how often each entry lands in the top N. Each resample keeps
     * the sheet values the ranking uses (normalised on the full data), so it asks: had a different panel of the same
     * judges turned up, would this entry still win? An entry none of whose judges were drawn is not ranked that time.
     */
    private static double[] bootstrap(Map<Long, Entry> entries, RankingSettings settings) {
        double[] share = new double[entries.size()];
        int samples = settings.bootstrapSamples();
        if (samples == 0 || entries.isEmpty()) {
            return share;
        }
        Map<Long, List<Integer>> positionsByJudge = new TreeMap<>();
        Map<Long, List<Double>> valuesByJudge = new TreeMap<>();
        for (Entry entry : entries.values()) {
            for (int i = 0; i < entry.judges.size(); i++) {
                positionsByJudge.computeIfAbsent(entry.judges.get(i), id -> new ArrayList<>()).add(entry.index);
                valuesByJudge.computeIfAbsent(entry.judges.get(i), id -> new ArrayList<>()).add(entry.values[i]);
            }
        }
        List<int[]> judgeEntries = positionsByJudge.values().stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toList();
        List<double[]> judgeValues = valuesByJudge.values().stream()
                .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray()).toList();
        int judges = judgeEntries.size();
        int[] hits = new int[entries.size()];
        double[][] drawn = new double[entries.size()][];
        int[] drawnCount = new int[entries.size()];
        long[] scores = new long[entries.size()];
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int s = 0; s < samples; s++) {
            Arrays.fill(drawnCount, 0);
            for (int d = 0; d < judges; d++) {
                int judge = random.nextInt(judges);
                int[] positions = judgeEntries.get(judge);
                double[] values = judgeValues.get(judge);
                for (int i = 0; i < positions.length; i++) {
                    int e = positions[i];
                    if (drawn[e] == null || drawn[e].length == drawnCount[e]) {
                        drawn[e] = Arrays.copyOf(drawn[e] == null ? new double[0] : drawn[e],
                                Math.max(4, drawnCount[e] * 2));
                    }
                    drawn[e][drawnCount[e]++] = values[i];
                }
            }
            int ranked = 0;
            for (int e = 0; e < scores.length; e++) {
                if (drawnCount[e] > 0) {
                    scores[ranked++] = quantise(trimmedMean(Arrays.copyOf(drawn[e], drawnCount[e]),
                            settings.trimFraction()));
                }
            }
            long[] sorted = Arrays.copyOf(scores, ranked);
            Arrays.sort(sorted);
            long bar = sorted[Math.max(0, ranked - settings.topN())];
            // fewer than N entries strictly higher means a place in the top N, ties at the bar included
            int next = 0;
            for (int e = 0; e < scores.length; e++) {
                if (drawnCount[e] > 0 && scores[next++] >= bar) {
                    hits[e]++;
                }
            }
        }
        for (int e = 0; e < share.length; e++) {
            share[e] = (double) hits[e] / samples;
        }
        return share;
    }

    static long quantise(double value) {
        return Math.round(value * RESOLUTION);
    }

    static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }

    /** Population standard deviation: the judge's own sheets are all there is, not a sample of them. */
    static double deviation(double[] values, double mean) {
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
    }

    /**
     * Drops ⌊n·fraction⌋ values at each end, but always keeps at least one (two when n is even), then averages.
     */
    static double trimmedMean(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int trim = Math.min((int) Math.floor(sorted.length * fraction), (sorted.length - 1) / 2);
        return mean(Arrays.copyOfRange(sorted, trim, sorted.length - trim));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** An entry's sheets while the ranking is computed. */
    private static final class Entry {
        final long id;
        int index;
        final List<Long> judges = new ArrayList<>();
        final List<Double> rawValues = new ArrayList<>();
        final List<Double> normalisedValues = new ArrayList<>();
        int topScores;
        double[] values;
        double raw;
        double normalised;
        double score;
        double median;
        double variance;
        double spread;
        boolean disagreement;

        Entry(long id) {
            this.id = id;
        }

        void add(long judgeId, double rawScore, double normalisedScore, boolean judgesTop) {
            judges.add(judgeId);
            rawValues.add(rawScore);
            normalisedValues.add(normalisedScore);
            if (judgesTop) {
                topScores++;
            }
        }

        void summarise(RankingSettings settings) {
            double[] rawArray = rawValues.stream().mapToDouble(Double::doubleValue).toArray();
            double[] normalisedArray = normalisedValues.stream().mapToDouble(Double::doubleValue).toArray();
            values = settings.normalise() ? normalisedArray : rawArray;
            raw = trimmedMean(rawArray, settings.trimFraction());
            normalised = trimmedMean(normalisedArray, settings.trimFraction());
            score = settings.normalise() ? normalised : raw;
            median = median(values);
            variance = Math.pow(deviation(values, mean(values)), 2);
            spread = Arrays.stream(values).max().orElseThrow() - Arrays.stream(values).min().orElseThrow();
            disagreement = spread > settings.disagreementThreshold();
        }
    }
}
