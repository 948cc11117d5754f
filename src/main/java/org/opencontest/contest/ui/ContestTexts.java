package org.opencontest.contest.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.Timeline;
import org.opencontest.contest.TimelineShift;
import org.opencontest.contest.internal.Deadline;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ViewerZone;

/** Texts about a contest's timeline and prizes shared by the contest views, in the component's language. */
final class ContestTexts {

    private ContestTexts() {
    }

    /** "Registration · Submission" while phases are open, else "Opening soon", "Finished", … */
    static String stage(Component in, Timeline timeline, Instant now) {
        List<PhaseWindow> open = timeline.openAt(now);
        if (!open.isEmpty()) {
            return open.stream().map(phase -> in.getTranslation(phase.kind().messageKey()))
                    .collect(Collectors.joining(" · "));
        }
        return in.getTranslation(timeline.stage(now).messageKey());
    }

    static Span stageBadge(Component in, Timeline timeline, Instant now) {
        Span badge = new Span(stage(in, timeline, now));
        badge.addClassName("badge-phase");
        if (!timeline.openAt(now).isEmpty()) {
            badge.addClassName("badge-open");
        }
        return badge;
    }

    /** "Registration closes", "Judging opens". */
    static String what(Component in, Deadline deadline) {
        return in.getTranslation(deadline.messageKey(), deadline.kind());
    }

    /** "Registration closes: Mar 20, 2026, 9:00 AM (Asia/Shanghai)", or "No upcoming deadline". */
    static String nextDeadline(Component in, Timeline timeline, Instant now, ZoneId zone) {
        return timeline.nextDeadline(now)
                .map(deadline -> in.getTranslation("contest.deadline.at", what(in, deadline),
                        DateTimes.format(deadline.at(), zone, locale())))
                .orElseGet(() -> in.getTranslation("contest.deadline.none"));
    }

    /** "¥50,000" in the viewer's locale; whole amounts without decimals. */
    /** "Submission closes: 1 Mar 2026, 09:00 → 25 Feb 2026, 09:00", in the contest's zone. */
    static String shift(Component in, TimelineShift shift, ZoneId zone) {
        return in.getTranslation("contest.change.shift", in.getTranslation(shift.messageKey(), shift.kind()),
                shiftEnd(in, shift.from(), zone), shiftEnd(in, shift.to(), zone));
    }

    private static String shiftEnd(Component in, Instant at, ZoneId zone) {
        return at == null ? in.getTranslation("contest.change.none")
                : DateTimes.format(at, zone, locale()) + " (" + zone.getId() + ")";
    }

    static String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance(currency));
        if (amount.stripTrailingZeros().scale() <= 0) {
            format.setMaximumFractionDigits(0);
        }
        return format.format(amount);
    }

    /** The UI's language (what {@code getTranslation} uses too). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /**
     * The viewer's zone for display; the shared fallback {@code ZoneOffset.UTC} is shown as "UTC" rather than "Z".
     */
    static ZoneId viewerZone() {
        ZoneId zone = ViewerZone.get();
        return ZoneOffset.UTC.equals(zone) ? ZoneId.of("UTC") : zone;
    }

    /** The cover image, or a calm placeholder with the theme so cards keep their shape. */
    static Component cover(Component in, String coverPath, String title, String theme) {
        if (coverPath != null) {
            Image image = new Image(coverPath, in.getTranslation("contest.cover.alt", title));
            image.addClassName("contest-cover");
            return image;
        }
        Div placeholder = new Div(new Span(theme == null || theme.isBlank() ? title : theme));
        placeholder.addClassNames("contest-cover", "contest-cover-placeholder");
        return placeholder;
    }
}
