package org.opencontest.contest.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.shared.ui.PickerTexts;

/**
 * One phase in the timeline editor: whether the contest has it, and when it opens and closes as wall-clock times
 * in the contest's zone (converted to instants only when saving, so changing the zone keeps the typed times).
 */
final class PhaseEditor extends Div implements LocaleChangeObserver {

    private final PhaseKind kind;
    private final Checkbox include = new Checkbox();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();

    PhaseEditor(PhaseKind kind) {
        this.kind = kind;
        String prefix = "phase-" + kind.name().toLowerCase(Locale.ROOT) + "-";
        include.setId(prefix + "include");
        opens.setId(prefix + "opens");
        closes.setId(prefix + "closes");
        include.addValueChangeListener(change -> updateEnabled());
        addClassName("phase-editor");
        HorizontalLayout times = new HorizontalLayout(opens, closes);
        times.setAlignItems(FlexComponent.Alignment.BASELINE);
        times.setWrap(true);
        add(new Div(include), times);
        updateEnabled();
    }

    void show(Optional<PhaseWindow> phase, ZoneId zone) {
        include.setValue(phase.isPresent());
        opens.setValue(phase.map(p -> LocalDateTime.ofInstant(p.opens(), zone)).orElse(null));
        closes.setValue(phase.map(p -> LocalDateTime.ofInstant(p.closes(), zone)).orElse(null));
    }

    /** The phase as entered, or empty when not included; a missing time stays null for the Timeline rules. */
    Optional<PhaseWindow> toWindow(ZoneId zone) {
        if (!include.getValue()) {
            return Optional.empty();
        }
        return Optional.of(new PhaseWindow(kind, instant(opens.getValue(), zone), instant(closes.getValue(), zone)));
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private void updateEnabled() {
        opens.setEnabled(include.getValue());
        closes.setEnabled(include.getValue());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        include.setLabel(getTranslation(kind.messageKey()));
        opens.setLabel(getTranslation("contest.editor.opens"));
        closes.setLabel(getTranslation("contest.editor.closes"));
        opens.setLocale(ContestTexts.locale());
        closes.setLocale(ContestTexts.locale());
        opens.setDatePickerI18n(PickerTexts.datePicker(ContestTexts.locale()));
        closes.setDatePickerI18n(PickerTexts.datePicker(ContestTexts.locale()));
    }
}
