package org.opencontest.shared.hash;

/**
 * Writes fields for hashing so that no two different field lists give the same text: each field is its length, a
 * colon, its text and a semicolon ({@code 5:hello;}), a missing field is {@code -;}. Text shifted from one field into
 * its neighbour, or an empty field turned into a missing one, therefore always changes the result.
 */
public final class CanonicalFields {

    private CanonicalFields() {
    }

    /** The fields in order, each written with {@link Object#toString()}. */
    public static String of(Object... fields) {
        StringBuilder text = new StringBuilder();
        for (Object field : fields) {
            if (field == null) {
                text.append("-;");
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value).append(';');
            }
        }
        return text.toString();
    }
}
