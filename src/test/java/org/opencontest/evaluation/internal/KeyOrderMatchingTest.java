package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A prediction file in the answer key's order is matched row by row without a lookup, any other order by the key's
 * id table; both must give the same scores and the same findings. Each case runs against the key as a job reads it
 * (with its stored split: ids only appended, the table built at the first lookup) and as the upload reads it (the
 * table built while reading).
 */
class KeyOrderMatchingTest {

    private static final String SECRET = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final int ROWS = 2_000;

    @Test
    void aFileInTheKeysOrderAndTheSameLinesShuffledScoreAlike() {
        List<String> lines = predictionLines();
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(5));
        for (AnswerKey key : keys()) {
            PredictionScoring.Outcome inOrder = score(key, lines);
            PredictionScoring.Outcome outOfOrder = score(key, shuffled);
            assertThat(inOrder.findings()).isEmpty();
            assertThat(outOfOrder.findings()).isEmpty();
            double[] expected = expectedMae(key);
            assertThat(inOrder.publicScore()).isCloseTo(expected[0], within(1e-9));
            assertThat(inOrder.privateScore()).isCloseTo(expected[1], within(1e-9));
            assertThat(outOfOrder.publicScore()).isCloseTo(expected[0], within(1e-9));
            assertThat(outOfOrder.privateScore()).isCloseTo(expected[1], within(1e-9));
        }
    }

    @Test
    void aFileThatLeavesTheKeysOrderHalfwayIsLookedUpFromThereOn() {
        List<String> lines = predictionLines();
        // the first half in the key's order, the second half reversed
        Collections.reverse(lines.subList(ROWS / 2, ROWS));
        for (AnswerKey key : keys()) {
            PredictionScoring.Outcome outcome = score(key, lines);
            assertThat(outcome.findings()).isEmpty();
            double[] expected = expectedMae(key);
            assertThat(outcome.publicScore()).isCloseTo(expected[0], within(1e-9));
            assertThat(outcome.privateScore()).isCloseTo(expected[1], within(1e-9));
        }
    }

    @Test
    void aRepeatedIdInAFileInTheKeysOrderNamesBothLines() {
        List<String> lines = predictionLines();
        // id 7 again after id 9, on line 12 (line 2 holds id 0, so id 7 was first on line 9)
        lines.add(10, lines.get(7));
        for (AnswerKey key : keys()) {
            assertThat(score(key, lines).findings())
                    .containsExactly(Finding.of("evaluation.file.duplicate", 12, "id-7", 9));
        }
    }

    @Test
    void aMissingIdInAFileInTheKeysOrderIsNamedAndTheRestStillMatch() {
        List<String> lines = predictionLines();
        lines.remove(100);
        for (AnswerKey key : keys()) {
            assertThat(score(key, lines).findings())
                    .containsExactly(Finding.of("evaluation.file.missing", 1, "id-100"));
        }
    }

    @Test
    void anExtraIdInAFileInTheKeysOrderIsNamedAndTheRestStillMatch() {
        List<String> lines = predictionLines();
        lines.add(50, "id-x,1.5");
        for (AnswerKey key : keys()) {
            assertThat(score(key, lines).findings())
                    .containsExactly(Finding.of("evaluation.file.unknownId", 52, "id-x"));
        }
    }

    /** Ids {@code id-0…}, each prediction off its target by 1 to 5. */
    private static List<String> predictionLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            lines.add("id-" + i + "," + (target(i) + i % 5 + 1));
        }
        return lines;
    }

    private static int target(int row) {
        return row * 3 % 17;
    }

    /** MAE of {@link #predictionLines()} on the public and the private side of {@code key}. */
    private static double[] expectedMae(AnswerKey key) {
        double[] sums = new double[2];
        int[] counts = new int[2];
        for (int i = 0; i < ROWS; i++) {
            int side = key.isPublic(i) ? 0 : 1;
            sums[side] += i % 5 + 1;
            counts[side]++;
        }
        assertThat(counts).doesNotContain(0);
        return new double[] {sums[0] / counts[0], sums[1] / counts[1]};
    }

    /** The key as a job reads it (with the split stored at its upload) and as its upload reads it. */
    private static List<AnswerKey> keys() {
        StringBuilder csv = new StringBuilder("id,target\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("id-").append(i).append(',').append(target(i)).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        PublicSplit split = new PublicSplit(SECRET, 0.5);
        AnswerKey uploaded = AnswerKey.read(new ByteArrayInputStream(bytes), "id", "target", Metric.MAE, split);
        assertThat(uploaded.findings()).isEmpty();
        AnswerKey forAJob = AnswerKey.read(new ByteArrayInputStream(bytes), "id", "target", Metric.MAE, split,
                new AnswerKey.StoredSplit(uploaded.size(), uploaded.publicRows()));
        assertThat(forAJob.findings()).isEmpty();
        assertThat(forAJob.publicRows()).isEqualTo(uploaded.publicRows());
        return List.of(forAJob, uploaded);
    }

    private static PredictionScoring.Outcome score(AnswerKey key, List<String> lines) {
        String file = "id,target\n" + String.join("\n", lines) + "\n";
        return PredictionScoring.score(key, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                new TrackSettings(null, Metric.MAE, "id", "target", 0.5, 5, 5, false));
    }
}
