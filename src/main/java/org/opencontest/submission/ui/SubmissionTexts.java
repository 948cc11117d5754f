package org.opencontest.submission.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.i18n.FileSize;
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

    static String size(long bytes) {
        return new FileSize(bytes).in(locale());
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
