package org.opencontest.contest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestRules;
import org.opencontest.shared.i18n.LocalizedText;

/** One track in the editor: bilingual name and description. Keeps the track's id so edits keep references. */
final class TrackEditor extends Div implements LocaleChangeObserver {

    private final Long id;
    private final H4 heading = new H4();
    private final TextField nameEn = new TextField();
    private final TextField nameZh = new TextField();
    private final TextArea descriptionEn = new TextArea();
    private final TextArea descriptionZh = new TextArea();
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private int number;

    TrackEditor(ContestInput.TrackInput track, SerializableConsumer<TrackEditor> onRemove,
                SerializableRunnable onRename) {
        this.id = track.id();
        addClassNames("card", "row-editor");
        nameEn.setValue(track.name().en());
        nameZh.setValue(track.name().zh());
        descriptionEn.setValue(track.description().en());
        descriptionZh.setValue(track.description().zh());
        nameEn.setRequiredIndicatorVisible(true);
        for (TextField name : new TextField[] {nameEn, nameZh}) {
            name.setMaxLength(ContestRules.NAME_MAX);
            name.setValueChangeMode(ValueChangeMode.ON_BLUR);
            name.addValueChangeListener(change -> onRename.run());
        }
        descriptionEn.setMaxLength(ContestRules.SHORT_DESCRIPTION_MAX);
        descriptionZh.setMaxLength(ContestRules.SHORT_DESCRIPTION_MAX);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> onRemove.accept(this));

        HorizontalLayout top = new HorizontalLayout(heading, remove);
        top.setWidthFull();
        top.expand(heading);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        FormLayout fields = new FormLayout(nameEn, nameZh, descriptionEn, descriptionZh);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(top, fields);
    }

    void setNumber(int number) {
        this.number = number;
        String prefix = "track-" + (number - 1) + "-";
        nameEn.setId(prefix + "name-en");
        nameZh.setId(prefix + "name-zh");
        descriptionEn.setId(prefix + "description-en");
        descriptionZh.setId(prefix + "description-zh");
        remove.setId(prefix + "remove");
        localeChange(null);
    }

    ContestInput.TrackInput toInput() {
        return new ContestInput.TrackInput(id, new LocalizedText(nameEn.getValue(), nameZh.getValue()),
                new LocalizedText(descriptionEn.getValue(), descriptionZh.getValue()));
    }

    /** How prize editors list this track: its name in the viewer's language, or "Track 2" while unnamed. */
    String label() {
        String name = toInput().name().in(ContestTexts.locale());
        return name.isEmpty() ? getTranslation("contest.editor.trackHeading", number) : name;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("contest.editor.trackHeading", number));
        nameEn.setLabel(getTranslation("contest.field.trackNameEn", number));
        nameZh.setLabel(getTranslation("contest.field.trackNameZh", number));
        descriptionEn.setLabel(getTranslation("contest.field.trackDescriptionEn", number));
        descriptionZh.setLabel(getTranslation("contest.field.trackDescriptionZh", number));
        remove.setText(getTranslation("contest.editor.remove"));
    }
}
