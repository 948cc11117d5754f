package org.opencontest.team.internal;

import java.io.Serializable;
import java.time.Instant;

/**
 * The rules a participant consents to: the version the organiser named in the registration settings, or else the
 * contest's numbered rules version with the date it took effect. The fingerprint (a short SHA-256 of the rules text
 * in both languages) identifies the text itself; people read the number and date, the record keeps both.
 *
 * @param named       the organiser's name for the version, or null
 * @param number      the contest's rules version number
 * @param since       when that version took effect
 * @param fingerprint "sha256:" and the first 12 hex digits of the hash of the rules text
 */
public record RulesConsent(String named, int number, Instant since, String fingerprint) implements Serializable {

    private static final String SEPARATOR = " · ";

    /** What a membership records: the named version, or the number with the fingerprint. */
    public String recorded() {
        return named != null ? named : number + SEPARATOR + fingerprint;
    }

    /** A recorded consent as people read it: without the fingerprint. */
    public static String readable(String recorded) {
        if (recorded == null) {
            return "";
        }
        int fingerprintAt = recorded.indexOf(SEPARATOR + "sha256:");
        return fingerprintAt < 0 ? recorded : recorded.substring(0, fingerprintAt);
    }
}
