package org.opencontest.dataset.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DataTheme;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.FileSize;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Formatting shared by the dataset views, in the UI's language and the viewer's zone. */
final class DatasetTexts {


    private DatasetTexts() {
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** The viewer's zone; the fallback {@code ZoneOffset.UTC} is shown as "UTC" rather than "Z". */
    static ZoneId zone() {
        ZoneId zone = ViewerZone.get();
        return ZoneOffset.UTC.equals(zone) ? ZoneId.of("UTC") : zone;
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DateTimes.format(instant, zone(), locale());
    }

    static String size(long bytes) {
        return new FileSize(bytes).in(locale());
    }

    static String text(LocalizedText text) {
        return text.in(locale());
    }

    static String theme(Component in, DataTheme theme, LocalizedText localTheme) {
        String eu = in.getTranslation(theme.messageKey());
        String local = text(localTheme);
        return local.isEmpty() || local.equalsIgnoreCase(eu) ? eu : local + " · " + eu;
    }

    static Span badge(String text, String... classNames) {
        Span badge = new Span(text);
        badge.addClassName("badge-phase");
        badge.addClassNames(classNames);
        return badge;
    }

    static Span tierBadge(Component in, AccessTier tier) {
        return badge(in.getTranslation(tier.messageKey()), "tier-" + tier.name().toLowerCase(Locale.ROOT));
    }

    /**
     * A submit button whose refusals (validation, stale version, access) show as translated notices right here,
     * leaving the form as it was.
     */
    static void onSubmit(Button button, Runnable action) {
        SingleSubmit.onClick(button, showingRefusals(action));
    }

    /** The action, with a refusal or a concurrent edit shown as a notice instead of an error page. */
    static Runnable showingRefusals(Runnable action) {
        return () -> {
            try {
                action.run();
            } catch (UserFacingException refusal) {
                Notices.error(refusal);
            } catch (ObjectOptimisticLockingFailureException stale) {
                Notices.error("error.concurrentEdit");
            }
        };
    }
}
