package org.opencontest.partnering.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.UI;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.ui.ViewerZone;

/** Formatting the partnering views share. */
final class PartnerUi {

    private PartnerUi() {
    }

    static Locale locale() {
        return SupportedLocales.closest(UI.getCurrent().getLocale());
    }

    static String text(LocalizedText text) {
        return text == null ? "–" : text.in(locale());
    }

    /** An instant in the event's zone and the viewer's. */
    static String when(Instant at, ZoneId zone) {
        return at == null ? "–" : String.join(" / ", ZoneDisplay.format(at, zone, ViewerZone.get(), locale()));
    }
}
