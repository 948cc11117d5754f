package org.opencontest.team.internal;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.opencontest.shared.error.UserFacingException;

/**
 * A team name as typed, tidied (outer spaces stripped, inner runs of white space made one space) and checked; its
 * {@code key} is what makes two names "the same" within a contest: compatibility-normalised (full-width letters
 * become ordinary ones) and case-folded.
 * <p>
 * Refused: blank names, names shorter than {@value #MIN_LENGTH} or longer than {@value #MAX_LENGTH} characters,
 * markup characters, invisible characters (controls, zero-width and direction marks) and names mixing Latin,
 * Cyrillic or Greek letters, the usual way to fake someone else's name with look-alike letters.
 */
public record TeamName(String display, String key) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 60;
    private static final int MAX_KEY_LENGTH = 1100;
    private static final Set<Character.UnicodeScript> CONFUSABLE_SCRIPTS = EnumSet.of(
            Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK);

    public static TeamName of(String typed) {
        // Every kind of space (also no-break and ideographic ones) counts as one ordinary space.
        String display = typed == null ? "" : typed.replaceAll("[\\p{Zs}\\s]+", " ").strip();
        if (display.isEmpty()) {
            throw new UserFacingException("team.error.nameRequired");
        }
        if (display.codePoints().anyMatch(TeamName::isInvisible)) {
            throw new UserFacingException("team.error.nameInvisible");
        }
        if (display.indexOf('<') >= 0 || display.indexOf('>') >= 0) {
            throw new UserFacingException("team.error.nameMarkup");
        }
        int length = display.codePointCount(0, display.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new UserFacingException("team.error.nameLength", MIN_LENGTH, MAX_LENGTH);
        }
        String folded = Normalizer.normalize(display, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (folded.codePoints().mapToObj(Character.UnicodeScript::of).filter(CONFUSABLE_SCRIPTS::contains)
                .distinct().count() > 1) {
            throw new UserFacingException("team.error.nameMixedScripts");
        }
        String key = Normalizer.normalize(folded, Normalizer.Form.NFKC);
        // Compatibility forms can expand (one ligature, many letters); the key column holds 1,100.
        if (key.length() > MAX_KEY_LENGTH) {
            throw new UserFacingException("team.error.nameLength", MIN_LENGTH, MAX_LENGTH);
        }
        return new TeamName(display, key);
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }
}
