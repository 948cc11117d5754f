package org.opencontest.judging;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * An award decision: the submitted version it goes to and either one of the contest's prizes (its position in the
 * contest's prize list, 0 = the first and best) or a special award with its own name in both languages.
 */
public record AwardInput(long versionId, Integer prizePosition, LocalizedText specialName, String reason) {

    public AwardInput {
        specialName = LocalizedText.orEmpty(specialName);
        reason = reason == null ? "" : reason.strip();
    }

    public static AwardInput prize(long versionId, int prizePosition, String reason) {
        return new AwardInput(versionId, prizePosition, null, reason);
    }

    public static AwardInput special(long versionId, LocalizedText name, String reason) {
        return new AwardInput(versionId, null, name, reason);
    }
}
