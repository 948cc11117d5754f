package org.opencontest.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The parser over bytes gives exactly what the text parser gives: the same doubles, bit for bit, the same refusals. */
class NumbersTest {

    @Test
    void edgeCasesParseAsFromText() {
        for (String text : List.of("0", "-0", "+0", "1", "-1", "0.1", ".5", "5.", "1e5", "1E-5", "2.5e+3", "-7.25E-300",
                "1e308", "1e309", "1e-400", "4.9e-324", "2.2250738585072014E-308", "9007199254740993",
                "9007199254740992", "123456789012345678901234567890", "0.30000000000000004", "1.7976931348623157e308",
                "0.000000000000000000000000000000000000001", "00000000000000000000000001.5", "1e22", "1e23",
                "123456789.123456789", "3.141592653589793238462643383279", "1e", "e5", ".", "-", "+", "", "1.2.3",
                "NaN", "Infinity", "0x1p3", "1d", "1f", " 1", "1 ", "1,5", "١", "1e99999999999", "0e99999999999")) {
            assertSame(text);
        }
    }

    @Test
    void randomDecimalsParseAsFromText() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 300_000; i++) {
            String text = switch (i % 5) {
                case 0 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-30, 30)));
                case 1 -> Double.toString(Math.round(random.nextDouble() * 1e6) / 1e4);
                case 2 -> Long.toString(random.nextLong());
                case 3 -> random.nextInt(1_000_000) + "." + random.nextInt(1_000_000) + "e" + random.nextInt(-40, 40);
                default -> Double.toString(Double.longBitsToDouble(random.nextLong()));
            };
            assertSame(text);
        }
    }

    private static void assertSame(String text) {
        byte[] bytes = ("x" + text + "y").getBytes(StandardCharsets.UTF_8);
        double fromBytes = Numbers.parse(bytes, 1, bytes.length - 1);
        assertThat(Double.doubleToRawLongBits(fromBytes)).as(text)
                .isEqualTo(Double.doubleToRawLongBits(Numbers.parse(text)));
    }
}
