package org.opencontest.shared.error;

/**
 * A service the action needs (the object store, the database) is away: the action changed nothing and the same
 * request can simply be sent again later. The API answers 503 with {@code Retry-After}.
 */
public class ServiceUnavailableException extends UserFacingException {

    public ServiceUnavailableException(String messageKey, Throwable cause) {
        super(messageKey);
        initCause(cause);
    }
}
