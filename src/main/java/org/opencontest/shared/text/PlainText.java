package org.opencontest.shared.text;

import java.util.regex.Pattern;

import org.opencontest.shared.error.UserFacingException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Free text from forms: trimmed, bounded and never markup. Views show text as text, so a tag would do no harm there,
 * but mail, exports and the showcase reuse these texts: tags are refused outright rather than escaped in each place.
 */
public final class PlainText {

    private static final Pattern MARKUP = Pattern.compile("(?s).*<\\s*[a-zA-Z/!].*");

    private PlainText() {
    }

    /** The trimmed text of a required field. */
    public static String required(String text, String fieldKey, int max) {
        return clean(text, fieldKey, max, true);
    }

    /** The trimmed text, or null when blank and optional; {@code fieldKey} names the field in the error. */
    public static String clean(String text, String fieldKey, int max, boolean required) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw new UserFacingException("text.error.required", field(fieldKey));
            }
            return null;
        }
        if (trimmed.length() > max) {
            throw new UserFacingException("text.error.tooLong", field(fieldKey), max);
        }
        if (MARKUP.matcher(trimmed).matches()) {
            throw new UserFacingException("text.error.markup", field(fieldKey));
        }
        return trimmed;
    }

    /** A field's label as a message argument, shown in the reader's language. */
    public static DefaultMessageSourceResolvable field(String key) {
        return new DefaultMessageSourceResolvable(key);
    }
}
