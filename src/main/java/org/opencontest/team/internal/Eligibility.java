package org.opencontest.team.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.Enrolment;
import org.opencontest.team.QuestionKind;

/** Checks an enrolment against the contest's eligibility questions. */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * The answers to keep, by question id (blank optional answers left out), after checking consent and every
     * question: required ones answered, yes/no and choice answers among the options, text not too long, and a
     * question with a required answer answered exactly so. Answers to unknown questions are refused.
     */
    public static Map<Long, String> check(List<EligibilityQuestion> questions, Enrolment enrolment) {
        if (!enrolment.rulesAccepted()) {
            throw new UserFacingException("team.error.consentRequired");
        }
        for (Long id : enrolment.answers().keySet()) {
            if (questions.stream().noneMatch(question -> id.equals(question.id()))) {
                throw new UserFacingException("team.error.unknownQuestion");
            }
        }
        Map<Long, String> kept = new LinkedHashMap<>();
        for (EligibilityQuestion question : questions) {
            String answer = enrolment.answers().get(question.id());
            answer = answer == null ? "" : answer.strip();
            if (answer.isEmpty()) {
                if (question.required() || question.requiredAnswer() != null) {
                    throw new UserFacingException("team.error.answerRequired", question.promptEn(),
                            question.promptZh());
                }
                continue;
            }
            boolean allowed = switch (question.kind()) {
                case YES_NO -> answer.equals(QuestionKind.YES) || answer.equals(QuestionKind.NO);
                case CHOICE -> question.choices().contains(answer);
                case TEXT -> answer.length() <= EligibilityQuestion.MAX_TEXT_ANSWER;
            };
            if (!allowed) {
                throw new UserFacingException("team.error.answerInvalid", question.promptEn(), question.promptZh());
            }
            if (question.requiredAnswer() != null && !question.requiredAnswer().equals(answer)) {
                throw new UserFacingException("team.error.notEligible", question.promptEn(), question.promptZh());
            }
            kept.put(question.id(), answer);
        }
        return kept;
    }
}
