package org.opencontest.contest;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which text of a contest's rules is in force: counted up from 1 each time an organiser changes the rules text in
 * either language, with the instant of that change.
 */
public record RulesVersion(int number, Instant since) implements Serializable {
}
