package org.opencontest.team.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.QuestionKind;

/** One eligibility question in the settings editor; the service checks it when the settings are saved. */
final class QuestionEditor extends Div {

    private final Long id;
    private final Select<QuestionKind> kind = new Select<>();
    private final TextField promptEn = new TextField();
    private final TextField promptZh = new TextField();
    private final TextArea choices = new TextArea();
    private final Checkbox required = new Checkbox();
    private final TextField requiredAnswer = new TextField();

    QuestionEditor(EligibilityQuestion question, int index, Runnable remove) {
        this.id = question.id();
        addClassNames("card", "question-editor");
        kind.setId("question-kind-" + index);
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setLabel(getTranslation("team.settings.questionKind"));
        kind.setValue(question.kind());
        promptEn.setId("question-en-" + index);
        promptEn.setLabel(getTranslation("team.settings.promptEn"));
        promptEn.setValue(nullToEmpty(question.promptEn()));
        promptEn.setWidth("22em");
        promptZh.setId("question-zh-" + index);
        promptZh.setLabel(getTranslation("team.settings.promptZh"));
        promptZh.setValue(nullToEmpty(question.promptZh()));
        promptZh.setWidth("22em");
        choices.setId("question-choices-" + index);
        choices.setLabel(getTranslation("team.settings.choices"));
        choices.setValue(String.join("\n", question.choices()));
        choices.setWidth("22em");
        required.setId("question-required-" + index);
        required.setLabel(getTranslation("team.settings.required"));
        required.setValue(question.required());
        requiredAnswer.setId("question-answer-" + index);
        requiredAnswer.setLabel(getTranslation("team.settings.requiredAnswer"));
        requiredAnswer.setHelperText(getTranslation("team.settings.requiredAnswerHint"));
        requiredAnswer.setValue(nullToEmpty(question.requiredAnswer()));
        kind.addValueChangeListener(change -> choices.setVisible(change.getValue() == QuestionKind.CHOICE));
        choices.setVisible(question.kind() == QuestionKind.CHOICE);
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> remove.run());
        delete.setId("question-remove-" + index);
        delete.setAriaLabel(getTranslation("team.settings.removeQuestion"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout first = new HorizontalLayout(kind, promptEn, promptZh, delete);
        first.setAlignItems(FlexComponent.Alignment.BASELINE);
        first.setWrap(true);
        HorizontalLayout second = new HorizontalLayout(choices, required, requiredAnswer);
        second.setAlignItems(FlexComponent.Alignment.BASELINE);
        second.setWrap(true);
        add(first, second);
    }

    EligibilityQuestion value() {
        List<String> options = Arrays.stream(choices.getValue().split("\n")).map(String::strip)
                .filter(option -> !option.isEmpty()).toList();
        return new EligibilityQuestion(id, kind.getValue(), promptEn.getValue(), promptZh.getValue(), options,
                required.getValue(), requiredAnswer.getValue());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
