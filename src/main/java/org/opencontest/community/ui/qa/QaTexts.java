package org.opencontest.community.ui.qa;

import java.time.Instant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ViewerZone;

/** Small pieces the Q&A views share: names of former members, badges, rendered posts, moments in the viewer's zone. */
final class QaTexts {

    private QaTexts() {
    }

    /** The author's name, or "former member" for a deleted or disabled account. */
    static String author(String name) {
        return name != null ? name : UI.getCurrent().getTranslation("community.qa.formerMember");
    }

    static Span badge(String key, String theme) {
        Span badge = new Span(UI.getCurrent().getTranslation(key));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** A post's HTML, already rendered and sanitised by the service's {@code MarkdownRenderer}. */
    static Div markdown(String safeHtml) {
        Div body = new Div();
        body.addClassName("markdown");
        body.getElement().setProperty("innerHTML", safeHtml);
        return body;
    }

    static String when(Instant at) {
        return DateTimes.format(at, ViewerZone.get(), UI.getCurrent().getLocale());
    }

    static String boardLink(String slug) {
        return "contests/" + slug + "/questions";
    }
}
