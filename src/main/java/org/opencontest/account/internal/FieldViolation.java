package org.opencontest.account.internal;

import java.util.List;

/** One broken rule: the field, a message key that names field and rule, and the message arguments. */
public record FieldViolation(AccountField field, String messageKey, List<Object> arguments) {

    public FieldViolation {
        arguments = List.copyOf(arguments);
    }

    public static FieldViolation of(AccountField field, String messageKey, Object... arguments) {
        return new FieldViolation(field, messageKey, List.of(arguments));
    }
}
