package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opencontest.shared.i18n.SupportedLocales;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Prediction files checked against an answer key, streamed in one pass: every id once, no other, the header exactly
 * the two columns, values as the metric needs them. Findings name the line, in English and Chinese, from the real
 * bundles; a file with findings gets no score.
 */
class PredictionValidationTest {

    private static final String SECRET = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final String KEY = "id,target\n1,10\n2,20\n3,30\n4,40\n";

    @Test
    void aValidFileIsScoredOnBothSidesOfTheSplit() {
        PublicSplit split = new PublicSplit(SECRET, 0.5);
        AnswerKey key = key(KEY, Metric.MAE, split);
        // every prediction is 2 off -> MAE 2 on the public and on the private rows, whatever the split
        PredictionScoring.Outcome outcome = score(key, "target,id\n12,1\n18,2\n32,3\n38,4\n", Metric.MAE);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.publicScore()).isCloseTo(2.0, within(1e-12));
        assertThat(outcome.privateScore()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void eachRowCountsOnTheSideTheSplitGivesIt() {
        PublicSplit split = new PublicSplit(SECRET, 0.5);
        AnswerKey key = key(KEY, Metric.MAE, split);
        // errors 1, 2, 3, 4 on ids 1..4: each side's MAE is the mean of its own rows' errors
        double publicSum = 0;
        int publicCount = 0;
        double privateSum = 0;
        int privateCount = 0;
        for (int id = 1; id <= 4; id++) {
            if (split.isPublic(Integer.toString(id))) {
                publicSum += id;
                publicCount++;
            } else {
                privateSum += id;
                privateCount++;
            }
        }
        PredictionScoring.Outcome outcome = score(key, "id,target\n1,11\n2,22\n3,33\n4,44\n", Metric.MAE);
        assertThat(outcome.valid()).isTrue();
        if (publicCount > 0) {
            assertThat(outcome.publicScore()).isCloseTo(publicSum / publicCount, within(1e-12));
        }
        if (privateCount > 0) {
            assertThat(outcome.privateScore()).isCloseTo(privateSum / privateCount, within(1e-12));
        }
        assertThat(key.publicSize()).isEqualTo(publicCount);
    }

    @Test
    void theSplitIsFixedByTheSecretAndNearTheFraction() {
        PublicSplit split = new PublicSplit(SECRET, 0.3);
        PublicSplit same = new PublicSplit(SECRET, 0.3);
        PublicSplit other = new PublicSplit(SECRET.replace('0', '1'), 0.3);
        int publicRows = 0;
        int differ = 0;
        for (int id = 0; id < 20_000; id++) {
            String text = "row-" + id;
            boolean side = split.isPublic(text);
            assertThat(same.isPublic(text)).isEqualTo(side);
            publicRows += side ? 1 : 0;
            differ += side != other.isPublic(text) ? 1 : 0;
        }
        assertThat(publicRows / 20_000.0).isCloseTo(0.3, within(0.02));
        // another secret splits differently (about 2 * 0.3 * 0.7 = 42 % of rows change side)
        assertThat(differ).isGreaterThan(6_000);
    }

    @Test
    void aDuplicatedIdNamesBothLines() {
        List<Finding> findings = findings("id,target\n1,10\n2,20\n1,11\n3,30\n4,40\n", Metric.RMSE);
        assertThat(findings).containsExactly(Finding.of("evaluation.file.duplicate", 4, "1", 2));
        assertThat(english(findings.get(0))).isEqualTo("Line 4: id 1 appears twice (first on line 2).");
        assertThat(chinese(findings.get(0))).isEqualTo("第 4 行：id 1 出现了两次（首次在第 2 行）。");
    }

    @Test
    void unknownAndMissingIdsAreReported() {
        List<Finding> findings = findings("id,target\n1,10\n2,20\n99,30\n", Metric.RMSE);
        assertThat(findings).containsExactly(Finding.of("evaluation.file.unknownId", 4, "99"),
                Finding.of("evaluation.file.missing", 2, "3"));
        assertThat(english(findings.get(0))).isEqualTo("Line 4: id 99 is not one of the ids to predict.");
        assertThat(english(findings.get(1))).isEqualTo("2 ids are missing, for example 3.");
    }

    @Test
    void nonNumericNanAndInfiniteValuesAreRefused() {
        List<Finding> findings = findings("id,target\n1,abc\n2,NaN\n3,Infinity\n4,1e400\n", Metric.RMSE);
        assertThat(findings).containsExactly(Finding.of("evaluation.file.number", 2, "abc"),
                Finding.of("evaluation.file.number", 3, "NaN"), Finding.of("evaluation.file.number", 4, "Infinity"),
                Finding.of("evaluation.file.number", 5, "1e400"));
        assertThat(english(findings.get(1))).isEqualTo("Line 3: “NaN” is not a finite number.");
    }

    @Test
    void aRankingMustNotRepeatAnItemAndTheKeyNeedsRelevantItems() {
        AnswerKey key = key("id,target\nu1,a b\nu2,c\n", Metric.NDCG_AT_K, new PublicSplit(SECRET, 0.5));
        assertThat(key.findings()).isEmpty();
        PredictionScoring.Outcome outcome = score(key, "id,target\nu1,b a b\nu2,\n", Metric.NDCG_AT_K);
        assertThat(outcome.findings()).containsExactly(Finding.of("evaluation.file.repeatedItem", 2, "b"));
        assertThat(english(outcome.findings().get(0))).isEqualTo("Line 2: the item “b” appears twice in the ranking.");
        assertThat(chinese(outcome.findings().get(0))).isEqualTo("第 2 行：条目“b”在排序中出现了两次。");
        // an empty ranking is allowed (it scores 0)
        PredictionScoring.Outcome valid = score(key, "id,target\nu1,a b\nu2,\n", Metric.MAP_AT_K);
        assertThat(valid.findings()).isEmpty();
        assertThat(key("id,target\nu1,\n", Metric.MAP_AT_K, new PublicSplit(SECRET, 0.5)).findings())
                .containsExactly(Finding.of("evaluation.key.emptyTarget", 2));
    }

    @Test
    void logLossNeedsProbabilities() {
        AnswerKey key = key("id,target\na,1\nb,0\n", Metric.LOG_LOSS, new PublicSplit(SECRET, 0.5));
        PredictionScoring.Outcome outcome = score(key, "id,target\na,1.2\nb,0.1\n", Metric.LOG_LOSS);
        assertThat(outcome.findings()).containsExactly(Finding.of("evaluation.file.probability", 2, "1.2"));
        assertThat(outcome.publicScore()).isNaN();
    }

    @Test
    void rmsleNeedsValuesOfZeroOrMoreAndMapeAnswerKeysNoZeroTarget() {
        AnswerKey key = key("id,target\na,1\nb,0\n", Metric.RMSLE, new PublicSplit(SECRET, 0.5));
        assertThat(score(key, "id,target\na,-0.5\nb,2\n", Metric.RMSLE).findings())
                .containsExactly(Finding.of("evaluation.file.nonNegative", 2, "-0.5"));
        assertThat(english(Finding.of("evaluation.file.nonNegative", 2, "-0.5")))
                .isEqualTo("Line 2: “-0.5” is negative or not a number; this metric takes numbers of 0 or more.");
        assertThat(key("id,target\na,5\nb,0\n", Metric.MAPE, new PublicSplit(SECRET, 0.5)).findings())
                .containsExactly(Finding.of("evaluation.key.zero", 3));
        assertThat(key("id,target\na,-1\n", Metric.RMSLE, new PublicSplit(SECRET, 0.5)).findings())
                .containsExactly(Finding.of("evaluation.file.nonNegative", 2, "-1"));
    }

    @Test
    void classificationNeedsTheAnswerKeysClasses() {
        AnswerKey key = key("id,target\na,cat\nb,dog\n", Metric.ACCURACY, new PublicSplit(SECRET, 0.5));
        PredictionScoring.Outcome outcome = score(key, "id,target\na,cat\nb,bird\n", Metric.ACCURACY);
        assertThat(outcome.findings()).containsExactly(Finding.of("evaluation.file.label", 3, "bird"));
    }

    @Test
    void theHeaderMustBeExactlyTheTwoColumns() {
        assertThat(findings("id,prediction\n1,10\n", Metric.RMSE))
                .containsExactly(Finding.of("evaluation.file.columns", "id", "target", "id, prediction"));
        assertThat(findings("id,target,extra\n1,10,x\n", Metric.RMSE))
                .containsExactly(Finding.of("evaluation.file.columns", "id", "target", "id, target, extra"));
        assertThat(english(Finding.of("evaluation.file.columns", "id", "target", "id, prediction")))
                .isEqualTo("The header must name exactly the columns “id” and “target”; it has: id, prediction.");
    }

    @Test
    void shortRowsEmptyIdsAndEmptyFilesAreNamed() {
        assertThat(findings("id,target\n1\n,20\n", Metric.RMSE)).startsWith(
                Finding.of("evaluation.file.short", 2, 2, 1), Finding.of("evaluation.file.emptyId", 3));
        assertThat(findings("", Metric.RMSE)).containsExactly(Finding.of("evaluation.file.empty"));
    }

    @Test
    void aByteOrderMarkAndSurroundingSpacesAreAccepted() {
        AnswerKey key = key(KEY, Metric.RMSE, new PublicSplit(SECRET, 0.5));
        PredictionScoring.Outcome outcome = score(key, "\uFEFFid, target\n 1 ,10\n2,20\n3,30\n4, 40\n", Metric.RMSE);
        assertThat(outcome.findings()).isEmpty();
        // exact predictions: RMSE 0 on each side that has rows
        assertThat(List.of(outcome.publicScore(), outcome.privateScore())).allMatch(v -> v.isNaN() || v == 0.0)
                .anyMatch(v -> v == 0.0);
    }

    @Test
    void theSameRowsScoreTheSameWhateverTheirQuotingLineBreaksMarkOrNumberForm() {
        String keyFile = "\uFEFFid,target\r\n区-1,10\r\n\"a,b\",20\r\nдва,30\r\n\"q\"\"x\",40";
        AnswerKey key = key(keyFile, Metric.RMSE, new PublicSplit(SECRET, 0.5));
        assertThat(key.findings()).isEmpty();
        assertThat(key.size()).isEqualTo(4);
        PredictionScoring.Outcome plain = score(key, "id,target\n区-1,11\n\"a,b\",22\nдва,33\n\"q\"\"x\",44\n",
                Metric.RMSE);
        assertThat(plain.findings()).isEmpty();
        for (String file : List.of(
                "\uFEFFid,target\r\n区-1,11\r\n\"a,b\",22\r\nдва,33\r\n\"q\"\"x\",44",
                "id,target\r\"区-1\",1.1e1\r\"a,b\",2.2E+1\rдва , 330e-1 \r\"q\"\"x\",\"44.0\"\r",
                "\n\nid,target\n\n\"два\",+33\n区-1,0.11e2\n\n\"q\"\"x\",44\n\"a,b\",22")) {
            PredictionScoring.Outcome outcome = score(key, file, Metric.RMSE);
            assertThat(outcome.findings()).as(file).isEmpty();
            assertThat(outcome.publicScore()).as(file).isEqualTo(plain.publicScore());
            assertThat(outcome.privateScore()).as(file).isEqualTo(plain.privateScore());
        }
    }

    @Test
    void messagesNameNonAsciiAndQuotedIdsAndValuesAsWritten() {
        AnswerKey key = key("id,target\n区-1,10\n\"a,b\",20\n", Metric.RMSE, new PublicSplit(SECRET, 0.5));
        assertThat(findings(key, "id,target\r\n区-1,1e\r\n\"a,b\",2\r\n\"a,b\",3\r\n区-2,4")).containsExactly(
                Finding.of("evaluation.file.number", 2, "1e"),
                Finding.of("evaluation.file.duplicate", 4, "a,b", 3),
                Finding.of("evaluation.file.unknownId", 5, "区-2"));
    }

    @Test
    void aFileThatIsNotUtf8IsUnreadable() throws Exception {
        AnswerKey key = key(KEY, Metric.RMSE, new PublicSplit(SECRET, 0.5));
        // "id,target\n1," then 0xFF 0xFE (a UTF-16 mark, never valid in UTF-8)
        byte[] head = "id,target\n1,".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = (byte) 0xFE;
        bytes[head.length + 2] = '\n';
        PredictionScoring.Outcome outcome = PredictionScoring.score(key, new ByteArrayInputStream(bytes),
                settings(Metric.RMSE));
        assertThat(outcome.findings()).containsExactly(Finding.of("evaluation.file.unreadable"));
    }

    @Test
    void manyProblemsStopAfterTwentyWithANote() {
        StringBuilder file = new StringBuilder("id,target\n");
        for (int i = 0; i < 100; i++) {
            file.append("x").append(i).append(",1\n");
        }
        List<Finding> findings = findings(file.toString(), Metric.RMSE);
        assertThat(findings).hasSize(AnswerKey.MAX_FINDINGS + 1);
        assertThat(findings.get(findings.size() - 1)).isEqualTo(Finding.of("evaluation.file.more"));
    }

    @Test
    void answerKeysAreCheckedToo() {
        PublicSplit split = new PublicSplit(SECRET, 0.5);
        assertThat(key("id,answer\n1,1\n", Metric.RMSE, split).findings())
                .containsExactly(Finding.of("evaluation.key.columns", "id", "target", "id, answer"));
        assertThat(key("id,target\n1,1\n1,2\n", Metric.RMSE, split).findings())
                .containsExactly(Finding.of("evaluation.key.duplicate", 3, "1"));
        assertThat(key("id,target\n1,0.5\n", Metric.AUC, split).findings())
                .containsExactly(Finding.of("evaluation.key.binary", 2, "0.5"));
        assertThat(key("id,target\n", Metric.RMSE, split).findings())
                .containsExactly(Finding.of("evaluation.key.empty"));
        assertThat(key(KEY, Metric.RMSE, split).findings()).isEmpty();
        assertThat(key(KEY, Metric.RMSE, split).size()).isEqualTo(4);
    }

    @Test
    void scoresAreKeptAtTheDeclaredPrecision() {
        assertThat(Scorer.round(0.123456, 4)).isEqualTo(0.1235);
        // a probe that moves the score by less than half a unit of the last decimal shows nothing
        assertThat(Scorer.round(0.50004, 4)).isEqualTo(Scorer.round(0.49996, 4)).isEqualTo(0.5);
        assertThat(Scorer.round(12.5, 0)).isEqualTo(12.0);
        assertThat(Scorer.round(Double.NaN, 3)).isNaN();
    }

    private static final String CLASS_KEY = "id,target\n1,cat\n2,dog\n3,bird\n4,cat\n";

    @Test
    void aMultiClassFileHasAProbabilityColumnPerClassInAnyOrderAndRowsAreNormalised() {
        AnswerKey key = key(CLASS_KEY, Metric.MULTI_LOG_LOSS, new PublicSplit(SECRET, 0.5));
        // rows sum to 2, 1, 2 and 1: the true class's share is 1/2 on every row (0 clipped to 1e-15) -> ln 2
        PredictionScoring.Outcome outcome = score(key, "bird,id,dog,cat\n0.5,1,0.5,1\n0,2,0.5,0.5\n1,3,0.5,0.5\n"
                + "0.25,4,0.25,0.5\n", Metric.MULTI_LOG_LOSS);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.publicScore()).isCloseTo(Math.log(2), within(1e-12));
        assertThat(outcome.privateScore()).isCloseTo(Math.log(2), within(1e-12));
    }

    @Test
    void aMultiClassFileWithoutAClassColumnOrWithBadProbabilitiesIsRefusedWithTheLine() {
        AnswerKey key = key(CLASS_KEY, Metric.MULTI_LOG_LOSS, new PublicSplit(SECRET, 0.5));
        List<Finding> header = score(key, "id,cat,dog\n1,1,0\n", Metric.MULTI_LOG_LOSS).findings();
        assertThat(header).singleElement().satisfies(finding -> {
            assertThat(english(finding)).isEqualTo("The header must be the id column “id” and one probability column"
                    + " per class (cat, dog, bird), each once; missing: bird; it has: id, cat, dog.");
            assertThat(chinese(finding)).isEqualTo("表头必须是 id 列“id”加上每个类别一列概率（cat, dog, bird），每列各一次；"
                    + "缺少：bird；实际为：id, cat, dog。");
        });
        // an extra column is refused too, with nothing missing
        assertThat(score(key, "id,cat,dog,bird,fish\n", Metric.MULTI_LOG_LOSS).findings())
                .extracting(PredictionValidationTest::english).singleElement().asString()
                .contains("missing: –; it has: id, cat, dog, bird, fish.");

        List<Finding> rows = score(key, "id,cat,dog,bird\n1,NaN,0,0\n2,0,-0.1,0\n3,0,1.5,x\n4,1,0\n",
                Metric.MULTI_LOG_LOSS).findings();
        assertThat(rows).extracting(PredictionValidationTest::english).containsExactly(
                "Line 2: the probability of class “cat” is “NaN”, not a number between 0 and 1.",
                "Line 3: the probability of class “dog” is “-0.1”, not a number between 0 and 1.",
                "Line 4: the probability of class “dog” is “1.5”, not a number between 0 and 1.",
                "Line 5: expected 4 values, found 3.",
                "1 id is missing, for example 4.");
        assertThat(chinese(rows.get(0))).isEqualTo("第 2 行：类别“cat”的概率为“NaN”，不是 0 到 1 之间的数。");
    }

    @Test
    void theMultiClassSampleGivesEachClassOneKthAndPassesTheChecks() {
        TrackSettings settings = new TrackSettings(null, Metric.MULTI_LOG_LOSS, "id", "target", 0.5, 5, 4, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleSubmission.write(() -> new StringReader(CLASS_KEY), settings, out);
        String sample = out.toString(StandardCharsets.UTF_8);
        String third = Double.toString(1.0 / 3);
        assertThat(sample).isEqualTo("id,cat,dog,bird\n1," + third + "," + third + "," + third + "\n2," + third + ","
                + third + "," + third + "\n3," + third + "," + third + "," + third + "\n4," + third + "," + third + ","
                + third + "\n");
        AnswerKey key = key(CLASS_KEY, Metric.MULTI_LOG_LOSS, new PublicSplit(SECRET, 0.5));
        PredictionScoring.Outcome outcome = score(key, sample, Metric.MULTI_LOG_LOSS);
        assertThat(outcome.findings()).isEmpty();
        // the uniform guess over 3 classes: ln 3 on every row
        assertThat(outcome.privateScore()).isCloseTo(Math.log(3), within(1e-12));
    }

    private static List<Finding> findings(String predictions, Metric metric) {
        AnswerKey key = key(KEY, metric, new PublicSplit(SECRET, 0.5));
        return score(key, predictions, metric).findings();
    }

    private static List<Finding> findings(AnswerKey key, String predictions) {
        return score(key, predictions, Metric.RMSE).findings();
    }

    private static AnswerKey key(String csv, Metric metric, PublicSplit split) {
        return AnswerKey.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "id", "target", metric,
                split);
    }

    private static PredictionScoring.Outcome score(AnswerKey key, String predictions, Metric metric) {
        return PredictionScoring.score(key, new ByteArrayInputStream(predictions.getBytes(StandardCharsets.UTF_8)),
                settings(metric));
    }

    private static TrackSettings settings(Metric metric) {
        return new TrackSettings(null, metric, "id", "target", 0.5, 5, 5, false);
    }

    private static String english(Finding finding) {
        return messages().getMessage(finding.key(), finding.arguments(), Locale.ENGLISH);
    }

    private static String chinese(Finding finding) {
        return messages().getMessage(finding.key(), finding.arguments(), SupportedLocales.CHINESE);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
