package org.opencontest.team.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.Enrolment;
import org.opencontest.team.QuestionKind;

class EligibilityTest {

    static final EligibilityQuestion ADULT = new EligibilityQuestion(1L, QuestionKind.YES_NO, "I am 18 or older",
            "我已年满 18 岁", List.of(), true, QuestionKind.YES);
    static final EligibilityQuestion STUDENT = new EligibilityQuestion(2L, QuestionKind.YES_NO, "Student?", "学生？",
            List.of(), false, null);
    static final EligibilityQuestion CITY = new EligibilityQuestion(3L, QuestionKind.CHOICE, "City", "城市",
            List.of("Shanghai", "Other"), true, null);
    static final EligibilityQuestion NOTE = new EligibilityQuestion(4L, QuestionKind.TEXT, "Note", "备注", List.of(),
            false, null);
    static final List<EligibilityQuestion> ASKED = List.of(ADULT, STUDENT, CITY, NOTE);

    @Test
    void keepsValidAnswersAndDropsBlankOptionalOnes() {
        assertThat(Eligibility.check(ASKED, new Enrolment(Map.of(1L, "YES", 3L, " Shanghai ", 4L, "  "), true)))
                .containsExactly(Map.entry(1L, "YES"), Map.entry(3L, "Shanghai"));
    }

    @Test
    void refusesMissingConsentMissingAnswersWrongAnswersAndIneligibility() {
        refused(new Enrolment(Map.of(1L, "YES", 3L, "Shanghai"), false), "team.error.consentRequired");
        refused(new Enrolment(Map.of(3L, "Shanghai"), true), "team.error.answerRequired");
        refused(new Enrolment(Map.of(1L, "YES"), true), "team.error.answerRequired");
        refused(new Enrolment(Map.of(1L, "YES", 3L, "Beijing"), true), "team.error.answerInvalid");
        refused(new Enrolment(Map.of(1L, "maybe", 3L, "Shanghai"), true), "team.error.answerInvalid");
        refused(new Enrolment(Map.of(1L, "NO", 3L, "Shanghai"), true), "team.error.notEligible");
        refused(new Enrolment(Map.of(1L, "YES", 3L, "Shanghai", 4L, "x".repeat(2001)), true),
                "team.error.answerInvalid");
        refused(new Enrolment(Map.of(1L, "YES", 3L, "Shanghai", 99L, "YES"), true), "team.error.unknownQuestion");
    }

    private static void refused(Enrolment enrolment, String key) {
        assertThatThrownBy(() -> Eligibility.check(ASKED, enrolment)).hasMessageStartingWith(key);
    }
}
