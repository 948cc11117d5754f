package org.opencontest.community.ui.qa;

import java.time.Instant;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;

/**
 * Small pieces the Q&A views share: names of former members, badges, rendered posts, moments in the viewer's zone,
 * action buttons and the dialogs that ask for a reason.
 */
final class QaParts {

    /** As the services' limit for reasons (reports, hiding). */
    private static final int MAX_REASON = 500;

    private QaParts() {
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

    static Button button(String id, String key, Runnable onClick) {
        Button button = new Button(UI.getCurrent().getTranslation(key));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        SingleSubmit.onClick(button, onClick);
        return button;
    }

    /** Runs a change, says so and shows the result ({@code refresh}); a refusal is shown and changes nothing. */
    static void act(Runnable change, String doneKey, Runnable refresh) {
        try {
            change.run();
            Notices.success(doneKey);
            refresh.run();
        } catch (UserFacingException refused) {
            Notices.error(refused);
        }
    }

    /** Asks for a reason (dialog texts under {@code prefix}), then hands it to {@code action}. */
    static void askReason(String prefix, String fieldId, String initial, Consumer<String> action) {
        TextField reason = new TextField(UI.getCurrent().getTranslation("community.qa.reason"));
        reason.setId(fieldId);
        reason.setWidthFull();
        reason.setMaxLength(MAX_REASON);
        reason.setValue(initial);
        new ConfirmAction(prefix, () -> action.accept(reason.getValue())).with(reason).ask();
    }
}
