package org.opencontest.evaluation.internal;

/** Number checks for CSV cells: finite decimals only (no NaN, no infinity, no hexadecimal). */
final class Numbers {

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    static boolean finite(String text) {
        if (text.isEmpty() || !DECIMAL.matcher(text).matches()) {
            return false;
        }
        return Double.isFinite(Double.parseDouble(text));
    }

    static boolean nonNegative(String text) {
        return finite(text) && Double.parseDouble(text) >= 0;
    }

    static boolean probability(String text) {
        if (!finite(text)) {
            return false;
        }
        double value = Double.parseDouble(text);
        return value >= 0 && value <= 1;
    }
}
