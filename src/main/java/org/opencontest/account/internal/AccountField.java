package org.opencontest.account.internal;

/** Input fields of the account forms, so that views can show each refusal next to the field it is about. */
public enum AccountField {
    EMAIL, DISPLAY_NAME, ORGANISATION, PASSWORD, PASSWORD_CONFIRMATION, CURRENT_PASSWORD, LOCALE, ZONE,
    TOKEN_NAME, TOKEN_SCOPES, TOKEN_VALIDITY
}
