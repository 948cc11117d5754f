package org.opencontest.judging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.opencontest.judging.internal.RubricTest.assertRefused;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.opencontest.judging.internal.JudgeCalibration.Status;

/** Aggregation, normalisation with its guards, ties, the bootstrap and the raw/normalised check — by hand. */
class RankingTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;
    private static final long D = 4;

    private static final RankingSettings RAW = RankingSettings.defaults().withNormalise(false).withBootstrap(0, 1);

    /**
     * Judge 11 is lenient (mean 90), judge 12 harsh (mean 50), judge 13 in between (mean 68). Entry A is the raw
     * winner only because it met the lenient judge; relative to each judge's own habits, B and D are better.
     */
    private static final List<SheetScore> LENIENT_JUDGE = List.of(
            sheet(11, A, 95), sheet(11, B, 90), sheet(11, C, 85),
            sheet(12, B, 60), sheet(12, C, 40), sheet(12, D, 50),
            sheet(13, A, 60), sheet(13, C, 70), sheet(13, D, 74));

    @Nested
    class Means {

        @Test
        void rawScoreIsTheMeanOfTheSheets() {
            RankingResult result = Ranking.compute(LENIENT_JUDGE, RAW, List.of());

            assertThat(result.entries()).extracting(RankedEntry::entryId).containsExactly(A, B, C, D);
            assertThat(byId(result).get(A).score()).isCloseTo(77.5, within(1e-9));
            assertThat(byId(result).get(C).score()).isCloseTo(65, within(1e-9));
            assertThat(byId(result).get(D).score()).isCloseTo(62, within(1e-9));
            assertThat(result.entries()).extracting(RankedEntry::rank).containsExactly(1, 2, 3, 4);
        }

        @Test
        void trimmedMeanDropsTheSameShareAtBothEnds() {
            // five judges: 10, 60, 62, 64, 100 — a 20 % trim drops 10 and 100 and averages 60, 62, 64
            List<SheetScore> sheets = List.of(sheet(1, A, 10), sheet(2, A, 60), sheet(3, A, 62), sheet(4, A, 64),
                    sheet(5, A, 100));
            RankingResult trimmed = Ranking.compute(sheets, RAW.withTrimFraction(0.2), List.of());
            RankingResult plain = Ranking.compute(sheets, RAW, List.of());

            assertThat(trimmed.entries().get(0).score()).isCloseTo(62, within(1e-9));
            assertThat(plain.entries().get(0).score()).isCloseTo(59.2, within(1e-9));
        }

        @Test
        void trimmingAlwaysKeepsTheMiddle() {
            assertThat(Ranking.trimmedMean(new double[] { 10, 50, 90 }, 0.49)).isEqualTo(50);
            assertThat(Ranking.trimmedMean(new double[] { 10, 40, 60, 90 }, 0.49)).isEqualTo(50);
            assertThat(Ranking.trimmedMean(new double[] { 70 }, 0.49)).isEqualTo(70);
            assertThat(Ranking.trimmedMean(new double[] { 10, 50, 90 }, 0.2)).isEqualTo(50);
        }

        @Test
        void spreadAboveTheThresholdIsFlagged() {
            // A: 40 and 80 lie 40 points apart (> 25); B: 60 and 80 lie 20 apart
            RankingResult result = Ranking.compute(List.of(sheet(1, A, 40), sheet(2, A, 80), sheet(1, B, 60),
                    sheet(2, B, 80)), RAW, List.of());

            assertThat(byId(result).get(A).disagreement()).isTrue();
            assertThat(byId(result).get(A).spread()).isEqualTo(40);
            assertThat(byId(result).get(B).disagreement()).isFalse();
        }
    }

    @Nested
    class Normalisation {

        private final RankingResult result = Ranking.compute(LENIENT_JUDGE,
                RankingSettings.defaults().withBootstrap(0, 1), List.of());

        @Test
        void judgesAreCalibratedOnTheirOwnSheets() {
            assertThat(result.judges()).extracting(JudgeCalibration::mean).containsExactly(90.0, 50.0, 68.0);
            // population deviation of 95, 90, 85 is √(50/3)
            assertThat(result.judges().get(0).standardDeviation()).isCloseTo(Math.sqrt(50.0 / 3), within(1e-12));
            assertThat(result.judges()).extracting(JudgeCalibration::status).containsOnly(Status.NORMALISED);
        }

        @Test
        void zScoresAreMappedBackOntoThePooledScale() {
            // pooled: mean 624/9 = 69.333…, deviation √(Σ(x−μ)²/9) = 17.518…; a judge's average sheet maps to μ
            double pooledMean = 624.0 / 9;
            double pooledDeviation = 17.518244457961217;
            double judge11 = Math.sqrt(50.0 / 3);
            double judge12 = Math.sqrt(200.0 / 3);
            // B: judge 11 gave their mean (z = 0), judge 12 gave 60 = mean + 10 (z = 10 / 8.165)
            double expectedB = (pooledMean + (pooledMean + pooledDeviation * 10 / judge12)) / 2;
            // A: judge 11 gave 95 (z = 5 / 4.082), judge 13 gave 60 (z = −8 / 5.888)
            double judge13 = Math.sqrt((64 + 4 + 36) / 3.0);
            double expectedA = (pooledMean + pooledDeviation * 5 / judge11 + pooledMean
                    + pooledDeviation * -8 / judge13) / 2;

            assertThat(byId(result).get(B).score()).isCloseTo(expectedB, within(1e-9)).isCloseTo(80.061, within(1e-3));
            assertThat(byId(result).get(A).score()).isCloseTo(expectedA, within(1e-9)).isCloseTo(68.160, within(1e-3));
            assertThat(byId(result).get(A).rawScore()).isCloseTo(77.5, within(1e-9));
            assertThat(result.entries()).extracting(RankedEntry::entryId).containsExactly(B, D, A, C);
        }

        @Test
        void statesPlainlyThatTheWinnersDiffer() {
            RankingResult top2 = Ranking.compute(LENIENT_JUDGE, RankingSettings.defaults().withTopN(2)
                    .withBootstrap(0, 1), List.of());

            assertThat(top2.winners().raw()).containsExactly(A, B);
            assertThat(top2.winners().normalised()).containsExactly(B, D);
            assertThat(top2.winners().sameWinners()).isFalse();
            assertThat(top2.winners().onlyRaw()).containsExactly(A);
            assertThat(top2.winners().onlyNormalised()).containsExactly(D);
            assertThat(top2.winners().statementKey()).isEqualTo("judging.ranking.winners.differ");
        }

        @Test
        void theComparisonIsMadeEvenWhenTheRoundRanksRawScores() {
            RankingResult raw = Ranking.compute(LENIENT_JUDGE, RAW.withTopN(1), List.of());

            assertThat(raw.entries().get(0).entryId()).isEqualTo(A);
            assertThat(raw.winners().normalised()).containsExactly(B);
        }

        @Test
        void sameWinnersInAnotherOrderAreSaidSo() {
            assertThat(new WinnersComparison(List.of(A, B), List.of(B, A)).statementKey())
                    .isEqualTo("judging.ranking.winners.reordered");
            assertThat(new WinnersComparison(List.of(A, B), List.of(A, B)).statementKey())
                    .isEqualTo("judging.ranking.winners.same");
        }

        @Test
        void aJudgeWithTooFewSheetsKeepsRawScores() {
            List<SheetScore> sheets = new ArrayList<>(LENIENT_JUDGE);
            sheets.add(sheet(14, 5, 33));
            sheets.add(sheet(14, 6, 31));
            RankingResult guarded = Ranking.compute(sheets, RankingSettings.defaults().withBootstrap(0, 1), List.of());

            JudgeCalibration judge14 = guarded.judges().get(3);
            assertThat(judge14.status()).isEqualTo(Status.TOO_FEW_SHEETS);
            assertThat(judge14.sheets()).isEqualTo(2);
            assertThat(byId(guarded).get(5L).normalisedScore()).isEqualTo(33);
            assertThat(byId(guarded).get(6L).score()).isEqualTo(31);
        }

        @Test
        void aJudgeWhoScoresEverythingAlikeIsShiftedToThePooledMean() {
            List<SheetScore> sheets = List.of(sheet(1, A, 70), sheet(1, B, 70), sheet(1, C, 70),
                    sheet(2, A, 30), sheet(2, B, 50), sheet(2, C, 40));
            RankingResult result = Ranking.compute(sheets, RankingSettings.defaults().withBootstrap(0, 1), List.of());

            assertThat(result.judges().get(0).status()).isEqualTo(Status.ZERO_SPREAD);
            // pooled mean (210 + 120) / 6 = 55; judge 1 contributes 55 to every entry, so judge 2 alone orders them
            assertThat(result.entries()).extracting(RankedEntry::entryId).containsExactly(B, C, A);
            assertThat(byId(result).get(C).score()).isCloseTo(55, within(1e-9));
            // a judge with no favourite gives nobody a top score
            assertThat(byId(result).get(B).topScores()).isEqualTo(1);
            assertThat(byId(result).get(A).topScores()).isZero();
        }
    }

    @Nested
    class Ties {

        /**
         * All four entries have a mean of 60. A and B: median 60; C and D: median 55. A is the top score of judges 1
         * and 2, B of judge 2 only; C and D are each the top of three judges and differ only in variance (350 and
         * 150). Entry 9 is far behind.
         */
        private final List<SheetScore> tied = List.of(
                sheet(1, A, 60), sheet(2, A, 60), sheet(3, A, 60),
                sheet(1, B, 50), sheet(2, B, 60), sheet(3, B, 70),
                sheet(4, C, 40), sheet(5, C, 50), sheet(6, C, 60), sheet(7, C, 90),
                sheet(4, D, 50), sheet(5, D, 50), sheet(6, D, 60), sheet(7, D, 80),
                sheet(1, 9, 10), sheet(2, 9, 10), sheet(3, 9, 75), sheet(4, 9, 0), sheet(5, 9, 0), sheet(6, 9, 0),
                sheet(7, 9, 0));

        @Test
        void theDeclaredChainSeparatesEqualScores() {
            RankingResult result = Ranking.compute(tied, RAW, List.of());

            assertThat(result.entries()).extracting(RankedEntry::entryId).containsExactly(A, B, D, C, 9L);
            assertThat(result.entries()).extracting(RankedEntry::separatedBy).containsExactly(null,
                    RankingKey.TOP_SCORES, RankingKey.MEDIAN, RankingKey.LOWER_VARIANCE, RankingKey.SCORE);
            assertThat(result.unresolvedTies()).isEmpty();
        }

        @Test
        void anotherDeclaredOrderGivesAnotherRanking() {
            RankingResult result = Ranking.compute(tied, RAW.withTieBreakers(List.of(RankingKey.LOWER_VARIANCE,
                    RankingKey.MEDIAN, RankingKey.TOP_SCORES)), List.of());

            // variances: A 0, B 66.7, D 150, C 350
            assertThat(result.entries()).extracting(RankedEntry::entryId).containsExactly(A, B, D, C, 9L);
            assertThat(result.entries().get(1).separatedBy()).isEqualTo(RankingKey.LOWER_VARIANCE);
        }

        @Test
        void whatNothingSeparatesSharesARankUntilTheOrganiserDecides() {
            // the same sheets for A and B from different judges: nothing tells them apart
            List<SheetScore> twins = List.of(sheet(1, A, 70), sheet(2, A, 50), sheet(3, B, 70), sheet(4, B, 50),
                    sheet(1, C, 20), sheet(2, C, 20), sheet(3, C, 20), sheet(4, C, 20));
            RankingResult open = Ranking.compute(twins, RAW, List.of());

            assertThat(open.entries()).extracting(RankedEntry::rank).containsExactly(1, 1, 3);
            assertThat(open.unresolvedTies()).containsExactly(List.of(A, B));

            RankingResult decided = Ranking.compute(twins, RAW,
                    List.of(new OrganiserDecision(List.of(B, A), "B's prototype ran live at the final")));
            assertThat(decided.entries()).extracting(RankedEntry::entryId).containsExactly(B, A, C);
            assertThat(decided.entries()).extracting(RankedEntry::rank).containsExactly(1, 2, 3);
            assertThat(decided.entries().get(1).separatedBy()).isEqualTo(RankingKey.ORGANISER_DECISION);
            assertThat(decided.entries().get(1).organiserReason()).isEqualTo("B's prototype ran live at the final");
            assertThat(decided.unresolvedTies()).isEmpty();
        }

        @Test
        void decisionsNeedAReasonAndRealEntries() {
            assertRefused(() -> new OrganiserDecision(List.of(A, B), "  "), "judging.tie.error.reasonRequired");
            assertRefused(() -> new OrganiserDecision(List.of(A), "why"), "judging.tie.error.orderInvalid");
            assertRefused(() -> new OrganiserDecision(List.of(A, A), "why"), "judging.tie.error.orderInvalid");
            assertRefused(() -> Ranking.compute(LENIENT_JUDGE, RAW, List.of(new OrganiserDecision(List.of(A, 99L),
                    "why"))), "judging.tie.error.unknownEntry");
            assertRefused(() -> Ranking.compute(LENIENT_JUDGE, RAW, List.of(new OrganiserDecision(List.of(A, B),
                    "why"), new OrganiserDecision(List.of(C, A), "why"))), "judging.tie.error.decidedTwice");
        }

        @Test
        void scoresEqualUpToRoundingAreTied() {
            // 0.1 + 0.2 ≠ 0.3 in binary; the ranking must not care
            List<SheetScore> sheets = List.of(sheet(1, A, 0.1), sheet(2, A, 0.2), sheet(3, B, 0.3), sheet(4, B, 0));
            RankingResult result = Ranking.compute(sheets, RAW.withTieBreakers(List.of()), List.of());

            assertThat(result.unresolvedTies()).containsExactly(List.of(A, B));
        }
    }

    @Nested
    class Bootstrap {

        private List<SheetScore> everyoneScoresEverything() {
            List<SheetScore> sheets = new ArrayList<>();
            for (long judge = 1; judge <= 6; judge++) {
                sheets.add(sheet(judge, A, 90));
                sheets.add(sheet(judge, B, 60 + judge * 5));
                sheets.add(sheet(judge, C, 95 - judge * 5));
                sheets.add(sheet(judge, D, 20));
            }
            return sheets;
        }

        @Test
        void aClearWinnerWinsEveryResample() {
            RankingResult result = Ranking.compute(everyoneScoresEverything(),
                    RAW.withTopN(1).withBootstrap(500, 7), List.of());

            assertThat(byId(result).get(A).topShare()).isEqualTo(1.0);
            assertThat(byId(result).get(D).topShare()).isZero();
        }

        @Test
        void sharesAddUpToTheWinningPlacesWhenEveryoneScoresEverything() {
            RankingResult result = Ranking.compute(everyoneScoresEverything(),
                    RAW.withTopN(2).withBootstrap(1000, 7), List.of());

            double total = result.entries().stream().mapToDouble(RankedEntry::topShare).sum();
            // B and C split the second place between them, by which judges were drawn; ties at the bar count twice
            assertThat(total).isBetween(2.0, 3.0);
            assertThat(byId(result).get(B).topShare()).isBetween(0.2, 0.8);
            assertThat(byId(result).get(C).topShare()).isBetween(0.2, 0.8);
        }

        @Test
        void theSameSeedGivesTheSameFigures() {
            RankingSettings settings = RankingSettings.defaults().withTopN(2).withBootstrap(300, 42);
            RankingResult first = Ranking.compute(LENIENT_JUDGE, settings, List.of());
            List<SheetScore> shuffled = new ArrayList<>(LENIENT_JUDGE);
            Collections.reverse(shuffled);
            RankingResult again = Ranking.compute(shuffled, settings, List.of());

            assertThat(again.entries()).isEqualTo(first.entries());
            assertThat(first.entries()).allSatisfy(entry -> assertThat(entry.topShare()).isBetween(0.0, 1.0));
        }

        @Test
        void noResamplesNoShares() {
            RankingResult result = Ranking.compute(LENIENT_JUDGE, RAW, List.of());

            assertThat(result.entries()).extracting(RankedEntry::topShare).containsOnly(0.0);
        }
    }

    /** What normalisation promises, checked on random panels: a judge's leniency or scale use no longer matters. */
    @Nested
    class Invariance {

        @RepeatedTest(50)
        void shiftingOrStretchingOneJudgesScoresChangesNoNormalisedRanking(RepetitionInfo repetition) {
            Random random = new Random(repetition.getCurrentRepetition());
            List<SheetScore> sheets = randomPanel(random);
            long judge = 1 + random.nextInt(5);
            double stretch = 0.3 + random.nextDouble() * 0.7;
            double shift = random.nextDouble() * 19;
            // the same judge, more lenient and using less of the scale (scores stay below 80 + 19 + ε)
            List<SheetScore> lenient = sheets.stream().map(sheet -> sheet.judgeId() != judge ? sheet
                    : sheet(judge, sheet.entryId(), sheet.score() * stretch + shift)).toList();

            RankingSettings settings = RankingSettings.defaults().withBootstrap(0, 1);
            RankingResult before = Ranking.compute(sheets, settings, List.of());
            RankingResult after = Ranking.compute(lenient, settings, List.of());

            // the pooled scale moves a little, so the figures do; the order does not
            assertThat(after.entries()).extracting(RankedEntry::entryId)
                    .containsExactlyElementsOf(before.entries().stream().map(RankedEntry::entryId).toList());
        }

        @RepeatedTest(20)
        void theOrderOfTheSheetsDoesNotMatter(RepetitionInfo repetition) {
            Random random = new Random(1000 + repetition.getCurrentRepetition());
            List<SheetScore> sheets = randomPanel(random);
            List<SheetScore> shuffled = new ArrayList<>(sheets);
            Collections.shuffle(shuffled, random);
            RankingSettings settings = RankingSettings.defaults().withTopN(2).withBootstrap(200, 9);

            assertThat(Ranking.compute(shuffled, settings, List.of()))
                    .isEqualTo(Ranking.compute(sheets, settings, List.of()));
        }

        /** Five judges, twelve entries, three judges per entry, no two sheets of a judge alike. */
        private List<SheetScore> randomPanel(Random random) {
            List<SheetScore> sheets = new ArrayList<>();
            for (long entry = 1; entry <= 12; entry++) {
                for (int k = 0; k < 3; k++) {
                    long judge = 1 + (entry + k) % 5;
                    sheets.add(sheet(judge, entry, 20 + random.nextInt(6000) / 100.0 + entry / 1000.0));
                }
            }
            return sheets;
        }
    }

    @Test
    void emptyInputGivesAnEmptyRanking() {
        RankingResult result = Ranking.compute(List.of(), RankingSettings.defaults(), List.of());

        assertThat(result.entries()).isEmpty();
        assertThat(result.winners().sameOrder()).isTrue();
    }

    @Test
    void badSettingsAreRefused() {
        RankingSettings d = RankingSettings.defaults();
        assertRefused(() -> d.withTrimFraction(0.5), "judging.ranking.error.trimFraction");
        assertRefused(() -> d.withTrimFraction(-0.1), "judging.ranking.error.trimFraction");
        assertRefused(() -> d.withTopN(0), "judging.ranking.error.topN");
        assertRefused(() -> d.withBootstrap(-1, 1), "judging.ranking.error.bootstrapSamples");
        assertRefused(() -> d.withTieBreakers(List.of(RankingKey.MEDIAN, RankingKey.MEDIAN)),
                "judging.ranking.error.tieBreakers");
        assertRefused(() -> d.withTieBreakers(List.of(RankingKey.SCORE)), "judging.ranking.error.tieBreakers");
        assertRefused(() -> new RankingSettings(true, 0, 1, 25, 3, 0, 1, List.of()), "judging.ranking.error.minSheets");
        assertRefused(() -> new RankingSettings(true, 0, 3, 101, 3, 0, 1, List.of()),
                "judging.ranking.error.disagreementThreshold");
    }

    static SheetScore sheet(long judge, long entry, double score) {
        return new SheetScore(judge, entry, score);
    }

    private static Map<Long, RankedEntry> byId(RankingResult result) {
        Map<Long, RankedEntry> map = new TreeMap<>();
        result.entries().forEach(entry -> map.put(entry.entryId(), entry));
        return map;
    }
}
