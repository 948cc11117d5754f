package org.opencontest.team.internal;

import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;

/** Tells which database constraint refused a write, so that only the expected race becomes a user message. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether the violation names the constraint (PostgreSQL and H2 both put its name into the message). */
    public static boolean violated(DataIntegrityViolationException violation, String constraint) {
        for (Throwable t = violation; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
