package org.opencontest.submission.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * One stage as the organiser defines it.
 *
 * @param position      1 for the first stage; a version records the position of the stage it was submitted in
 * @param opens         the stage's own opening, or null (with {@code closes}) to use the contest's submission phase
 * @param shortlistSize how many teams the organiser means to advance into the next stage; null when not planned
 * @param rules         the submission rules while this stage runs (file types, sizes, quotas, late policy, grace)
 */
public record StageDefinition(int position, LocalizedText name, Instant opens, Instant closes, Integer shortlistSize,
                              SubmissionRules rules) implements Serializable {

    public static final int MAX_STAGES = 10;
    public static final int NAME_MAX = 120;

    public StageDefinition {
        name = LocalizedText.orEmpty(name);
    }

    /** The single stage of a contest whose organiser has not defined any: the submission phase, default rules. */
    public static StageDefinition implicit(SubmissionRules rules) {
        return new StageDefinition(1, LocalizedText.EMPTY, null, null, null, rules);
    }

    public boolean hasOwnWindow() {
        return opens != null || closes != null;
    }
}
