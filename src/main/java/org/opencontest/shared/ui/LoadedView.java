package org.opencontest.shared.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.opencontest.shared.error.NotFoundException;

/**
 * A page built from what the server answers for the route: loaded on every navigation (also when Vaadin
 * reuses the view for another id), drawn again when the language changes. Unknown or hidden objects and ids that
 * are not numbers show the not-found page, exactly like missing ones.
 */
public abstract class LoadedView extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    private boolean loaded;

    /** Fetches what the page shows; may throw {@link NotFoundException} or {@link NumberFormatException}. */
    protected abstract void load(BeforeEnterEvent event);

    /** Builds the page's content from what {@link #load} fetched, in the current language. */
    protected abstract void render();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            load(event);
            loaded = true;
        } catch (NumberFormatException | NotFoundException unknownOrHidden) {
            loaded = false;
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        if (isAttached()) {
            refresh();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        refresh();
    }

    protected void refresh() {
        removeAll();
        if (loaded) {
            render();
        }
    }

    protected static long idParameter(BeforeEnterEvent event, String name) {
        return Long.parseLong(event.getRouteParameters().get(name).orElse(""));
    }

    protected static String queryParameter(BeforeEnterEvent event, String name) {
        return event.getLocation().getQueryParameters().getParameters().getOrDefault(name, List.of("")).get(0);
    }
}
