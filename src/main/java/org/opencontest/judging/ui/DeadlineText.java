package org.opencontest.judging.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.ui.ViewerZone;

/** A judging deadline as the judging pages show it: in the contest's zone and, if it differs, the viewer's. */
final class DeadlineText {

    private DeadlineText() {
    }

    static String of(Component page, Locale locale, Instant deadline, ZoneId contestZone) {
        return deadline == null ? page.getTranslation("scoring.queue.noDeadline")
                : String.join(" / ", ZoneDisplay.format(deadline, contestZone, ViewerZone.get(), locale));
    }
}
