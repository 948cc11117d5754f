package org.opencontest.submission.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.opencontest.contest.ZoneDisplay;
import org.opencontest.shared.ui.ViewerZone;
import org.opencontest.submission.VersionSummary;

/** Formatting shared by the submission views: sizes, instants in both zones, badges. */
final class SubmissionTexts {

    private SubmissionTexts() {
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** The instant in the contest's zone and, when its clock differs, in the viewer's. */
    static String when(Instant at, ZoneId contestZone) {
        ZoneId viewer = ViewerZone.get();
        return String.join(" / ", ZoneDisplay.format(at, contestZone,
                ZoneOffset.UTC.equals(viewer) ? ZoneId.of("UTC") : viewer, locale()));
    }

    /** "12.3 MB", "850 KB", "12 B" (decimal units, as browsers and file managers show them). */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(locale(), value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    static String mib(long bytes) {
        return String.format(locale(), "%,d MiB", bytes / (1024 * 1024));
    }

    /** "Final", "Late" and "from team …" (moved here by a merge) badges of a version, as far as they apply. */
    static HorizontalLayout badges(Component in, VersionSummary version) {
        HorizontalLayout badges = new HorizontalLayout();
        if (version.finalVersion()) {
            badges.add(badge(in.getTranslation("submission.final"), "success"));
        }
        if (version.late()) {
            badges.add(badge(in.getTranslation("submission.late"), "error"));
        }
        if (version.originTeam() != null) {
            badges.add(badge(in.getTranslation("submission.version.fromTeam", version.originTeam()), "contrast"));
        }
        return badges;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
