package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RowIdsTest {

    @Test
    void everyIdFindsItsRowAcrossGrowthAndPagesAndNoOtherIdDoes() {
        RowIds ids = new RowIds();
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        // short, long, numeric, non-ASCII and near-identical ids; 300,000 of them fill several pages and regrow the table
        for (int i = 0; i < 300_000; i++) {
            String id = switch (i % 4) {
                case 0 -> Integer.toString(i);
                case 1 -> "区-" + i;
                case 2 -> "x".repeat(random.nextInt(1, 300)) + i;
                default -> "r" + i + "a";
            };
            assertThat(ids.add(id)).isEqualTo(i);
            expected.put(id, i);
        }
        assertThat(ids.size()).isEqualTo(expected.size());
        expected.forEach((id, row) -> assertThat(ids.row(id)).as(id).isEqualTo(row));
        assertThat(ids.row("r12a ")).isEqualTo(-1);
        assertThat(ids.row("")).isEqualTo(-1);
        assertThat(ids.row("区-2")).isEqualTo(-1);
        assertThat(ids.id(123_457)).isEqualTo("区-123457");
    }

    @Test
    void distinctIdsAreWalkedInRowOrderAcrossPagesAndFoundOnceTheTableIsBuilt() {
        // fewer rows announced than added: the stride index grows; ~1.2 MB of ids fill several pages
        RowIds ids = RowIds.distinct(1_000);
        int count = 60_000;
        for (int i = 0; i < count; i++) {
            assertThat(ids.add(id(i))).isEqualTo(i);
        }
        RowIds.Walk walk = ids.walk();
        byte[] first = bytes(0);
        byte[] second = bytes(1);
        assertThat(walk.takes(second, 0, second.length)).isFalse();
        assertThat(walk.takes(first, 0, first.length)).isTrue();
        assertThat(walk.row()).isZero();
        // a prefix of the next id, or the next id and more, is another id
        assertThat(walk.takes(second, 0, second.length - 1)).isFalse();
        for (int i = 1; i < count; i++) {
            byte[] id = bytes(i);
            assertThat(walk.takes(id, 0, id.length)).as(id(i)).isTrue();
            assertThat(walk.row()).isEqualTo(i);
        }
        // past the last row nothing is taken
        assertThat(walk.takes(first, 0, first.length)).isFalse();
        // the first lookup builds the table
        for (int i = count - 1; i >= 0; i--) {
            assertThat(ids.row(id(i))).as(id(i)).isEqualTo(i);
        }
        assertThat(ids.row(id(count))).isEqualTo(-1);
        assertThat(ids.id(45_678)).isEqualTo(id(45_678));
    }

    private static String id(int i) {
        return "区".repeat(i % 7) + "x".repeat(i % 23) + i;
    }

    private static byte[] bytes(int i) {
        return id(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anIdIsFoundWhateverBytesSurroundItAndOneChangedByteMakesAnotherId() {
        // the hash reads eight bytes at a time, the last word overlapping the one before: lengths 1 to 20 cover its
        // every case, a changed byte at every place each word, and the bytes around an id must not count
        RowIds ids = RowIds.distinct(16);
        List<byte[]> added = new ArrayList<>();
        for (int length = 1; length <= 20; length++) {
            for (int changed = -1; changed < length; changed++) {
                byte[] id = "abcdefghijklmnopqrst".substring(0, length).getBytes(StandardCharsets.UTF_8);
                if (changed >= 0) {
                    id[changed] = (byte) '0';
                }
                assertThat(ids.add(id, 0, length)).isEqualTo(added.size());
                added.add(id);
            }
        }
        SplittableRandom random = new SplittableRandom(5);
        for (int row = 0; row < added.size(); row++) {
            byte[] id = added.get(row);
            byte[] surrounded = new byte[id.length + 20];
            random.nextBytes(surrounded);
            int at = 1 + random.nextInt(18);
            System.arraycopy(id, 0, surrounded, at, id.length);
            assertThat(ids.row(surrounded, at, at + id.length)).as(new String(id, StandardCharsets.UTF_8))
                    .isEqualTo(row);
        }
        assertThat(ids.row("0bcdefghi0".getBytes(StandardCharsets.UTF_8), 0, 10)).isEqualTo(-1);
    }

    @Test
    void lookingAheadNamesTheRowsTheLookupsWillFindAndChangesNothing() {
        RowIds ids = RowIds.distinct(40_000);
        int count = 40_000;
        for (int i = 0; i < count; i++) {
            ids.add(id(i));
        }
        // 64 ids in one array, as a buffer holds them: every other one in the key
        byte[] block = new byte[64 * 200];
        int[] from = new int[64];
        int[] to = new int[64];
        int[] expected = new int[64];
        int at = 3;
        SplittableRandom random = new SplittableRandom(21);
        for (int j = 0; j < 64; j++) {
            expected[j] = j % 2 == 0 ? random.nextInt(count) : -1;
            byte[] id = bytes(expected[j] >= 0 ? expected[j] : count + j);
            System.arraycopy(id, 0, block, at, id.length);
            from[j] = at;
            to[j] = at + id.length;
            at = to[j] + 1;
        }
        RowIds.Ahead ahead = ids.ahead(64);
        // nothing to look at before the first lookup builds the table
        assertThat(ahead.warm(block, from, to, 64)).containsOnly(-1);
        assertThat(ids.row(id(0))).isZero();
        int[] rows = ahead.warm(block, from, to, 64);
        int named = 0;
        for (int j = 0; j < 64; j++) {
            // a slot's row is unchecked: another id's with the same hash bits, or none when the id was moved on
            assertThat(rows[j]).isBetween(-1, count - 1);
            if (expected[j] >= 0 && rows[j] == expected[j]) {
                named++;
            }
            assertThat(ids.row(block, from[j], to[j])).isEqualTo(expected[j]);
        }
        // a table at most three quarters full: most ids sit in their first slot
        assertThat(named).isGreaterThan(16);
    }

    @Test
    void aSecondAddOfAnIdNamesTheFirstRow() {
        RowIds ids = new RowIds();
        ids.add("a");
        ids.add("b");
        assertThat(ids.add("b")).isEqualTo(-1 - 1);
        assertThat(ids.size()).isEqualTo(2);
    }

    @Test
    void anEmptyIdOrOneLongerThanAPageIsRefused() {
        RowIds ids = new RowIds();
        assertThatThrownBy(() -> ids.add("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ids.add("x".repeat(RowIds.MAX_ID_BYTES + 1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ids.add("x".repeat(RowIds.MAX_ID_BYTES))).isZero();
    }
}
