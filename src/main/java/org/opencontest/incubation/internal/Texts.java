package org.opencontest.incubation.internal;

import org.opencontest.shared.error.UserFacingException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Free text from forms: trimmed, bounded, and never markup (views show text as text; tags are refused outright). */
public final class Texts {

    private Texts() {
    }

    /** The trimmed text, or null when blank and optional. */
    public static String clean(String text, String fieldKey, int max, boolean required) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw new UserFacingException("incubation.error.required", field(fieldKey));
            }
            return null;
        }
        if (trimmed.length() > max) {
            throw new UserFacingException("incubation.error.tooLong", field(fieldKey), max);
        }
        if (trimmed.matches("(?s).*<\\s*[a-zA-Z/!].*")) {
            throw new UserFacingException("incubation.error.markup", field(fieldKey));
        }
        return trimmed;
    }

    /** A field's label as a message argument, shown in the reader's language. */
    public static DefaultMessageSourceResolvable field(String key) {
        return new DefaultMessageSourceResolvable(key);
    }
}
