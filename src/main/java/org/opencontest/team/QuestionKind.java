package org.opencontest.team;

/** How an eligibility question is answered. */
public enum QuestionKind {
    /** Answered {@link #YES} or {@link #NO}. */
    YES_NO,
    /** One of the organiser's options. */
    CHOICE,
    /** Free text (at most {@value EligibilityQuestion#MAX_TEXT_ANSWER} characters). */
    TEXT;

    public static final String YES = "YES";
    public static final String NO = "NO";

    public String messageKey() {
        return "team.question.kind." + name();
    }
}
