package org.opencontest.submission.internal;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import org.opencontest.shared.i18n.Localizable;
import org.opencontest.shared.i18n.MessageArguments;
import org.opencontest.shared.i18n.SupportedLocales;

/**
 * A message from the bundles as an argument of another message, put into words in the outer message's language
 * (a refusal of a stage's rules quoted inside "Stage 2: …").
 */
record BundleMessage(String key, Object... arguments) implements Localizable, Serializable {

    @Override
    public String in(Locale locale) {
        Locale closest = SupportedLocales.closest(locale);
        // no fallback to the JVM's default locale: English is the base bundle
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", closest,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), closest).format(MessageArguments.in(arguments, closest));
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }
}
