package org.opencontest.evaluation.internal;

/**
 * Number checks for CSV cells: finite decimals only ({@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?}; no NaN, no
 * infinity, no hexadecimal, no spaces). The format is checked by a scan rather than a regular expression, and a cell
 * is parsed once: scoring runs this on every cell of files with millions of rows.
 */
final class Numbers {

    private Numbers() {
    }

    /** The cell's value, or NaN when it is not a finite decimal. */
    static double parse(String text) {
        int end = text.length();
        int at = 0;
        if (at < end && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
            at++;
        }
        int integerDigits = digits(text, at);
        at += integerDigits;
        int fractionDigits = 0;
        if (at < end && text.charAt(at) == '.') {
            at++;
            fractionDigits = digits(text, at);
            at += fractionDigits;
        }
        if (integerDigits == 0 && fractionDigits == 0) {
            return Double.NaN;
        }
        if (at < end && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < end && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            int exponentDigits = digits(text, at);
            if (exponentDigits == 0) {
                return Double.NaN;
            }
            at += exponentDigits;
        }
        if (at != end) {
            return Double.NaN;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /** Exact powers of ten: up to 10^22 a double holds them exactly. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22};

    /**
     * {@link #parse(String)} of the ASCII bytes {@code [from, to)}, without making a {@code String}: the same format
     * check, the same value. A decimal of at most 19 significant digits whose digits fit in 53 bits, scaled by at most
     * 10^22, is one exact multiplication or division, so correctly rounded (Clinger's fast path, as in the JDK and in
     * fast_float); anything else is handed to {@link Double#parseDouble}.
     */
    static double parse(byte[] text, int from, int to) {
        int at = from;
        boolean negative = false;
        if (at < to && (text[at] == '+' || text[at] == '-')) {
            negative = text[at] == '-';
            at++;
        }
        long digits = 0;
        int significant = 0;
        int scale = 0;
        int integerDigits = 0;
        for (; at < to && text[at] >= '0' && text[at] <= '9'; at++, integerDigits++) {
            if (significant < 19) {
                digits = digits * 10 + (text[at] - '0');
                if (digits != 0) {
                    significant++;
                }
            } else {
                significant++;
                scale++;
            }
        }
        int fractionDigits = 0;
        if (at < to && text[at] == '.') {
            at++;
            for (; at < to && text[at] >= '0' && text[at] <= '9'; at++, fractionDigits++) {
                if (significant < 19) {
                    digits = digits * 10 + (text[at] - '0');
                    scale--;
                    if (digits != 0) {
                        significant++;
                    }
                } else {
                    significant++;
                }
            }
        }
        if (integerDigits == 0 && fractionDigits == 0) {
            return Double.NaN;
        }
        if (at < to && (text[at] == 'e' || text[at] == 'E')) {
            at++;
            boolean negativeExponent = false;
            if (at < to && (text[at] == '+' || text[at] == '-')) {
                negativeExponent = text[at] == '-';
                at++;
            }
            int exponentStart = at;
            int exponent = 0;
            for (; at < to && text[at] >= '0' && text[at] <= '9'; at++) {
                exponent = Math.min(exponent * 10 + (text[at] - '0'), 100_000);
            }
            if (at == exponentStart) {
                return Double.NaN;
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (at != to) {
            return Double.NaN;
        }
        double value;
        if (significant <= 19 && digits <= 1L << 53 && scale >= -22 && scale <= 22) {
            value = scale < 0 ? digits / POWERS_OF_TEN[-scale] : digits * POWERS_OF_TEN[scale];
            value = negative ? -value : value;
        } else {
            value = Double.parseDouble(new String(text, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return Double.isFinite(value) ? value : Double.NaN;
    }

    private static int digits(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at - from;
    }

    static boolean nonNegative(double value) {
        return value >= 0;
    }

    /** False for NaN too. */
    static boolean probability(double value) {
        return value >= 0 && value <= 1;
    }
}
