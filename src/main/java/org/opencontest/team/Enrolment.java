package org.opencontest.team;

import java.io.Serializable;
import java.util.Map;

/**
 * What a person states when they register a team or join one: answers to the contest's eligibility questions (by
 * question id; {@link QuestionKind#YES}/{@link QuestionKind#NO}, a choice, or text) and consent to the rules.
 */
public record Enrolment(Map<Long, String> answers, boolean rulesAccepted) implements Serializable {

    public Enrolment {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    /** Consent to the rules and no answers: enough for contests without eligibility questions. */
    public static Enrolment consenting() {
        return new Enrolment(Map.of(), true);
    }
}
