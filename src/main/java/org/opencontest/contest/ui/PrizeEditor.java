package org.opencontest.contest.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestRules;
import org.opencontest.shared.i18n.LocalizedText;

/** One prize in the editor: bilingual title and description, an optional amount, and an optional track. */
final class PrizeEditor extends Div implements LocaleChangeObserver {

    static final List<String> CURRENCIES = List.of("CNY", "HKD", "USD", "EUR", "GBP", "JPY", "SGD", "AUD", "CAD");

    private final Long id;
    private final H4 heading = new H4();
    private final TextField titleEn = new TextField();
    private final TextField titleZh = new TextField();
    private final BigDecimalField amount = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final TextField descriptionEn = new TextField();
    private final TextField descriptionZh = new TextField();
    private final Select<TrackEditor> track = new Select<>();
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private int number;

    PrizeEditor(ContestInput.PrizeInput prize, TrackEditor prizeTrack, List<TrackEditor> tracks,
                SerializableConsumer<PrizeEditor> onRemove) {
        this.id = prize.id();
        addClassNames("card", "row-editor");
        titleEn.setValue(prize.title().en());
        titleZh.setValue(prize.title().zh());
        titleEn.setRequiredIndicatorVisible(true);
        titleEn.setMaxLength(ContestRules.TITLE_MAX);
        titleZh.setMaxLength(ContestRules.TITLE_MAX);
        amount.setValue(prize.amount());
        currency.setItems(CURRENCIES);
        currency.setValue(prize.currency() == null ? CURRENCIES.get(0) : prize.currency());
        descriptionEn.setValue(prize.description().en());
        descriptionZh.setValue(prize.description().zh());
        descriptionEn.setMaxLength(ContestRules.SHORT_DESCRIPTION_MAX);
        descriptionZh.setMaxLength(ContestRules.SHORT_DESCRIPTION_MAX);
        track.setEmptySelectionAllowed(true);
        track.setItemLabelGenerator(editor -> editor == null ? getTranslation("contest.editor.prizeTrackNone")
                : editor.label());
        setTracks(tracks);
        track.setValue(prizeTrack);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> onRemove.accept(this));

        HorizontalLayout top = new HorizontalLayout(heading, remove);
        top.setWidthFull();
        top.expand(heading);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        FormLayout fields = new FormLayout(titleEn, titleZh, amount, currency, descriptionEn, descriptionZh, track);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(top, fields);
    }

    /** Offers the current tracks; a prize whose track was removed becomes an overall prize. */
    void setTracks(List<TrackEditor> tracks) {
        TrackEditor selected = track.getValue();
        track.setItems(tracks);
        track.setValue(selected != null && tracks.contains(selected) ? selected : null);
    }

    void setNumber(int number) {
        this.number = number;
        String prefix = "prize-" + (number - 1) + "-";
        titleEn.setId(prefix + "title-en");
        titleZh.setId(prefix + "title-zh");
        amount.setId(prefix + "amount");
        currency.setId(prefix + "currency");
        descriptionEn.setId(prefix + "description-en");
        descriptionZh.setId(prefix + "description-zh");
        track.setId(prefix + "track");
        remove.setId(prefix + "remove");
        localeChange(null);
    }

    ContestInput.PrizeInput toInput(List<TrackEditor> tracks) {
        Integer trackIndex = track.getValue() == null ? null : tracks.indexOf(track.getValue());
        return new ContestInput.PrizeInput(id, new LocalizedText(titleEn.getValue(), titleZh.getValue()),
                amount.getValue(), amount.getValue() == null ? null : currency.getValue(),
                new LocalizedText(descriptionEn.getValue(), descriptionZh.getValue()),
                trackIndex == null || trackIndex < 0 ? null : trackIndex);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("contest.editor.prizeHeading", number));
        titleEn.setLabel(getTranslation("contest.field.prizeTitleEn", number));
        titleZh.setLabel(getTranslation("contest.field.prizeTitleZh", number));
        amount.setLabel(getTranslation("contest.editor.prizeAmount"));
        currency.setLabel(getTranslation("contest.editor.prizeCurrency"));
        descriptionEn.setLabel(getTranslation("contest.field.prizeDescriptionEn", number));
        descriptionZh.setLabel(getTranslation("contest.field.prizeDescriptionZh", number));
        track.setLabel(getTranslation("contest.editor.prizeTrack"));
        track.setEmptySelectionCaption(getTranslation("contest.editor.prizeTrackNone"));
        remove.setText(getTranslation("contest.editor.remove"));
    }
}
