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
