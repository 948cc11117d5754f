package org.opencontest.incubation.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.incubation.Stage;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.ui.ViewerZone;

/** Formatting and badges the incubation views share. */
final class IncubationUi {

    private IncubationUi() {
    }

    static Locale locale() {
        return SupportedLocales.closest(UI.getCurrent().getLocale());
    }

    static String text(LocalizedText text) {
        return text == null ? "" : text.in(locale());
    }

    static String date(LocalDate date) {
        return date == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(date);
    }

    /** An instant in the project's (contest's) zone and the viewer's. */
    static String when(Instant at, ZoneId projectZone) {
        return at == null ? "–" : String.join(" / ", ZoneDisplay.format(at, projectZone, ViewerZone.get(), locale()));
    }

    static String number(BigDecimal value) {
        return value == null ? "–" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    static String number(Number value) {
        return value == null ? "–" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    static Span stageBadge(Component context, Stage stage) {
        Span badge = new Span(context.getTranslation(stage.messageKey()));
        badge.getElement().getThemeList().add(switch (stage) {
            case GOVERNMENT_ADOPTION, SPUN_OFF, GRADUATED -> "badge success";
            case DISCONTINUED -> "badge contrast";
            default -> "badge";
        });
        badge.addClassName("stage-badge");
        return badge;
    }
}
