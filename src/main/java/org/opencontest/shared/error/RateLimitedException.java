package org.opencontest.shared.error;

import java.time.Duration;

/**
 * A refusal because the caller acted too often in a short time: the same request will be accepted once the window
 * has passed. The API answers 429 with {@code Retry-After}, so that clients wait instead of giving up as on a 400.
 */
public class RateLimitedException extends UserFacingException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.retryAfter = retryAfter;
    }

    /** How long the caller should wait before sending the same request again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
