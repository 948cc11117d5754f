package org.opencontest.team.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ViewerZone;
import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.Enrolment;
import org.opencontest.team.QuestionKind;
import org.opencontest.team.internal.RulesConsent;

/**
 * The contest's eligibility questions and the consent to its rules, as every registering or joining person answers
 * them. Fields are created in the viewer's language when the form is built; ids are {@code question-<n>} and
 * {@code consent}.
 */
final class EnrolmentFields extends Div {

    private final List<EligibilityQuestion> questions;
    private final List<HasValue<?, String>> answers = new ArrayList<>();
    private final Checkbox consent = new Checkbox();

    EnrolmentFields(List<EligibilityQuestion> questions, RulesConsent rules, String contestSlug) {
        this.questions = List.copyOf(questions);
        addClassName("enrolment");
        if (!questions.isEmpty()) {
            add(new H3(getTranslation("team.enrolment.questions")));
        }
        for (int i = 0; i < questions.size(); i++) {
            AbstractField<?, String> field = field(questions.get(i));
            field.setId("question-" + i);
            answers.add(field);
            add(new Div(field));
        }
        consent.setId("consent");
        consent.setLabel(getTranslation("team.enrolment.consent", version(rules)));
        Anchor read = new Anchor("contests/" + contestSlug, getTranslation("team.enrolment.readRules"));
        read.setTarget("_blank");
        read.setId("rules-link");
        Details fingerprint = new Details(getTranslation("team.enrolment.rulesDetails"),
                new Span(getTranslation("team.enrolment.rulesFingerprint", rules.fingerprint())));
        fingerprint.setId("rules-fingerprint");
        add(new Div(consent), new Div(read), fingerprint);
    }

    /** "version 3 · 2 Dec 2026", or the name the organiser gave the version. */
    private String version(RulesConsent rules) {
        return rules.named() != null ? getTranslation("team.enrolment.rulesNamed", rules.named())
                : getTranslation("team.enrolment.rulesNumbered", rules.number(),
                DateTimes.formatDate(rules.since(), ViewerZone.get(), TeamUi.locale()));
    }

    private AbstractField<?, String> field(EligibilityQuestion question) {
        String label = question.prompt(TeamUi.locale());
        return switch (question.kind()) {
            case TEXT -> {
                TextArea text = new TextArea(label);
                text.setMaxLength(EligibilityQuestion.MAX_TEXT_ANSWER);
                text.setRequiredIndicatorVisible(question.required());
                text.setWidthFull();
                yield text;
            }
            case YES_NO, CHOICE -> {
                RadioButtonGroup<String> choice = new RadioButtonGroup<>(label);
                choice.setItems(question.kind() == QuestionKind.YES_NO
                        ? List.of(QuestionKind.YES, QuestionKind.NO) : question.choices());
                if (question.kind() == QuestionKind.YES_NO) {
                    choice.setItemLabelGenerator(answer -> getTranslation("team.answer." + answer));
                }
                choice.setRequiredIndicatorVisible(question.required());
                yield choice;
            }
        };
    }

    Enrolment enrolment() {
        Map<Long, String> given = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String value = answers.get(i).getValue();
            if (value != null && !value.isBlank()) {
                given.put(questions.get(i).id(), value);
            }
        }
        return new Enrolment(given, consent.getValue());
    }
}
