package org.opencontest.team.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.ui.ViewerZone;
import org.opencontest.team.TeamStatus;

/** Small pieces the team views share: status badges and deadlines in the contest's zone and the viewer's. */
final class TeamUi {

    private TeamUi() {
    }

    static Locale locale() {
        return SupportedLocales.closest(UI.getCurrent().getLocale());
    }

    /** "Mar 1, 2026, 6:00 PM (Asia/Shanghai) / Mar 1, 2026, 5:00 AM (America/New_York)"; "–" for no instant. */
    static String when(Instant at, ZoneId contestZone) {
        return at == null ? "–" : String.join(" / ", ZoneDisplay.format(at, contestZone, ViewerZone.get(), locale()));
    }

    /** A refusal shown in place of the page's content, e.g. a used invitation link. */
    static Paragraph problem(Component context, UserFacingException refusal, String id) {
        Paragraph problem = new Paragraph(context.getTranslation(refusal.getMessageKey(), refusal.getArguments()));
        problem.setId(id);
        return problem;
    }

    static Span statusBadge(Component context, TeamStatus status) {
        Span badge = new Span(context.getTranslation(status.messageKey()));
        badge.getElement().getThemeList().add(switch (status) {
            case APPROVED -> "badge success";
            case PENDING -> "badge";
            case REJECTED -> "badge contrast";
            case DISQUALIFIED -> "badge error";
        });
        badge.addClassName("team-status");
        return badge;
    }
}
