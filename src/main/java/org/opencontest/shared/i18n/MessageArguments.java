package org.opencontest.shared.i18n;

import java.util.Arrays;
import java.util.Locale;

/** Puts {@link Localizable} message arguments into the message's language; other arguments pass unchanged. */
public final class MessageArguments {

    private MessageArguments() {
    }

    public static Object[] in(Object[] arguments, Locale locale) {
        if (arguments == null) {
            return null;
        }
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof Localizable localizable ? localizable.in(locale) : argument)
                .toArray();
    }
}
