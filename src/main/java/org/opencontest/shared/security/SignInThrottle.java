package org.opencontest.shared.security;

import java.time.Duration;
import java.util.List;

/**
 * Slows password guessing on the sign-in form per source address and per account, without letting a stranger lock
 * the owner out (implemented by the account module, which keeps the failures). API tokens never ask it.
 */
public interface SignInThrottle {

    /**
     * @param remoteAddress the request's address as the server resolved it (forwarded headers are honoured only
     *                      when {@code server.forward-headers-strategy} says so)
     * @return how long a password sign-in for this e-mail from this address must wait; zero when it may go ahead
     */
    Duration waitBefore(String email, String remoteAddress);

    /** The pauses running now, latest end first. For administrators only. */
    List<SignInPause> currentPauses();
}
