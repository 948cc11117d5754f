package org.opencontest.shared.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

import org.springframework.stereotype.Component;

/**
 * Keeps {@code <html lang>} on the interface language, which screen readers take their voice and pronunciation
 * from. Vaadin writes its default language into the bootstrap page whatever the browser asked for; this writes the
 * session's language instead (Vaadin chose it from Accept-Language when the session began; a switch or the
 * profile changes it later). After a switch without reload, {@link #apply(UI)} updates the live page.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::setOnBootstrapPage);
    }

    private void setOnBootstrapPage(IndexHtmlResponse response) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session != null && session.getLocale() != null ? session.getLocale()
                : response.getVaadinRequest().getLocale();
        response.getDocument().getElementsByTag("html").attr("lang", tag(locale));
    }

    /** Sets the live page's language to the UI's. */
    public static void apply(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", tag(ui.getLocale()));
    }

    /** {@code en} or {@code zh-CN}: the BCP 47 tag of the supported language closest to the locale. */
    static String tag(Locale locale) {
        return SupportedLocales.closest(locale).toLanguageTag();
    }
}
