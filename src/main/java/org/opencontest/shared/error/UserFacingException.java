package org.opencontest.shared.error;

import java.util.Arrays;

/**
 * A refusal the user can act on. It carries a message key from the i18n bundles and its arguments, so that the
 * UI shows it in the user's language; it is never logged as an error.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
