package org.opencontest.shared.i18n;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Serves the i18n bundles (English and Simplified Chinese) to Vaadin views through Spring's MessageSource. */
@Component
class BundleTranslationProvider implements I18NProvider {

    private final MessageSource messages;

    BundleTranslationProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, MessageArguments.in(params, SupportedLocales.closest(locale)),
                    SupportedLocales.closest(locale));
        } catch (NoSuchMessageException missing) {
            return "!" + key;
        }
    }
}
