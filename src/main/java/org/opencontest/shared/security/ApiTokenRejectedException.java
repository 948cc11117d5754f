package org.opencontest.shared.security;

import org.springframework.security.core.AuthenticationException;

/** An API request's credentials were refused; the reason becomes a translated 401 problem. */
public class ApiTokenRejectedException extends AuthenticationException {

    /** Why the credentials were refused; each has the message key {@code api.error.token.<name>}. */
    public enum Reason {
        /** An Authorization header with another scheme than Bearer. */
        NOT_BEARER("notBearer"),
        /** Malformed, forged or unknown. */
        INVALID("invalid"),
        EXPIRED("expired"),
        REVOKED("revoked"),
        ACCOUNT_DISABLED("accountDisabled");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "api.error.token." + key;
        }
    }

    private final Reason reason;

    public ApiTokenRejectedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
