package org.opencontest.partnering.internal;

import org.opencontest.shared.error.UserFacingException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Free text from partnering forms: trimmed, bounded, never markup. */
public final class PartnerTexts {

    private PartnerTexts() {
    }

    public static String clean(String text, String fieldKey, int max) {
        String trimmed = text == null ? "" : text.strip();
        DefaultMessageSourceResolvable field = new DefaultMessageSourceResolvable(fieldKey);
        if (trimmed.isEmpty()) {
            throw new UserFacingException("partnering.error.required", field);
        }
        if (trimmed.length() > max) {
            throw new UserFacingException("partnering.error.tooLong", field, max);
        }
        if (trimmed.matches("(?s).*<\\s*[a-zA-Z/!].*")) {
            throw new UserFacingException("partnering.error.markup", field);
        }
        return trimmed;
    }
}
