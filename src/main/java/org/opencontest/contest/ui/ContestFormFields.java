package org.opencontest.contest.ui;

import java.io.Serializable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;

import org.opencontest.contest.ContestRules;
import org.opencontest.shared.text.MarkdownRenderer;
import org.opencontest.shared.ui.MarkdownPreview;

/**
 * The contest editor's fields, made alike: translated labels, the service's length limits, and bindings whose
 * messages name the field and the rule in the organiser's language.
 */
class ContestFormFields implements Serializable {

    private final Component owner;
    private final Translations texts;
    private final Binder<EditorForm> binder;
    private final transient MarkdownRenderer markdown;

    ContestFormFields(Component owner, Translations texts, Binder<EditorForm> binder, MarkdownRenderer markdown) {
        this.owner = owner;
        this.texts = texts;
        this.binder = binder;
        this.markdown = markdown;
    }

    TextField textField(String id, String labelKey, int max) {
        TextField field = texts.bind(new TextField(), TextField::setLabel, labelKey);
        field.setId(id);
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }

    TextArea textArea(String id, String labelKey, int max) {
        TextArea area = texts.bind(new TextArea(), TextArea::setLabel, labelKey);
        area.setId(id);
        area.setMaxLength(max);
        area.setWidthFull();
        return area;
    }

    TextArea markdownArea(String id, String labelKey) {
        TextArea area = textArea(id, labelKey, ContestRules.MARKDOWN_MAX);
        area.setMinHeight("10em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        texts.bind(area, TextArea::setHelperText, "contest.editor.markdownHelp");
        return area;
    }

    MarkdownPreview preview(TextArea english, TextArea chinese) {
        MarkdownPreview preview = new MarkdownPreview(markdown, english, chinese);
        texts.bind(preview, MarkdownPreview::setSummaryText, "contest.editor.preview");
        preview.setId(english.getId().orElseThrow() + "-preview");
        return preview;
    }

    static FormLayout pair(Component english, Component chinese) {
        FormLayout layout = new FormLayout(english, chinese);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return layout;
    }

    IntegerField teamSizeField(String id, String labelKey) {
        IntegerField field = texts.bind(new IntegerField(), IntegerField::setLabel, labelKey);
        field.setId(id);
        field.setMin(ContestRules.TEAM_SIZE_MIN);
        field.setMax(ContestRules.TEAM_SIZE_MAX);
        field.setStepButtonsVisible(true);
        return field;
    }

    Binder.BindingBuilder<EditorForm, Integer> bindTeamSize(IntegerField field, String labelKey) {
        return binder.forField(field)
                .asRequired(context -> owner.getTranslation("contest.error.required", owner.getTranslation(labelKey)))
                .withValidator(value -> value >= ContestRules.TEAM_SIZE_MIN && value <= ContestRules.TEAM_SIZE_MAX,
                        context -> owner.getTranslation("contest.validation.range", ContestRules.TEAM_SIZE_MIN,
                                ContestRules.TEAM_SIZE_MAX));
    }

    void bindText(HasValue<?, String> field, String labelKey, int max, boolean required,
                  ValueProvider<EditorForm, String> getter, Setter<EditorForm, String> setter) {
        Binder.BindingBuilder<EditorForm, String> builder = binder.forField(field);
        if (required) {
            builder = builder.asRequired(context -> owner.getTranslation("contest.error.required",
                    owner.getTranslation(labelKey)));
        }
        builder.withValidator(value -> value == null || value.strip().length() <= max,
                        context -> owner.getTranslation("contest.error.tooLong", owner.getTranslation(labelKey), max))
                .bind(getter, setter);
    }
}
