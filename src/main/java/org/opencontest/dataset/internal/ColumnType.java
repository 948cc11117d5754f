package org.opencontest.dataset.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Infers a column's Table Schema type from its values: every value removes the types it cannot be, the most specific
 * type left wins. Missing values (blank cells) are counted, not typed.
 */
final class ColumnType {

    /** Most specific first. */
    enum Candidate {
        BOOLEAN("boolean", "default"),
        INTEGER("integer", "default"),
        NUMBER("number", "default"),
        DATE("date", "default"),
        /** Dates written 2024/03/01, common in Chinese data. */
        DATE_SLASHED("date", "%Y/%m/%d"),
        DATETIME("datetime", "default"),
        /** Date and time separated by a space instead of 'T'. */
        DATETIME_SPACED("datetime", "%Y-%m-%d %H:%M:%S"),
        STRING("string", "default");

        final String type;
        final String format;

        Candidate(String type, String format) {
            this.type = type;
            this.format = format;
        }
    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Set<Candidate> possible = EnumSet.allOf(Candidate.class);
    private long values;
    private long nulls;

    void accept(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            nulls++;
            return;
        }
        values++;
        possible.removeIf(candidate -> candidate != Candidate.STRING && !matches(candidate, value));
    }

    long nullCount() {
        return nulls;
    }

    /** {@code any} for a column without values. */
    String type() {
        return values == 0 ? "any" : best().type;
    }

    String format() {
        return values == 0 ? "default" : best().format;
    }

    private Candidate best() {
        return possible.iterator().next();
    }

    static boolean matches(Candidate candidate, String value) {
        return switch (candidate) {
            case BOOLEAN -> Set.of("true", "false").contains(value.toLowerCase(Locale.ROOT));
            case INTEGER -> INTEGER.matcher(value).matches();
            case NUMBER -> NUMBER.matcher(value).matches() && parsesAsNumber(value);
            case DATE -> parses(() -> LocalDate.parse(value));
            case DATE_SLASHED -> parses(() -> LocalDate.parse(value, SLASHED));
            case DATETIME -> parses(() -> LocalDateTime.parse(value)) || parses(() -> OffsetDateTime.parse(value));
            case DATETIME_SPACED -> parses(() -> LocalDateTime.parse(value, SPACED));
            case STRING -> true;
        };
    }

    private static boolean parsesAsNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
