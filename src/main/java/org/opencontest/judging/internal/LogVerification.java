package org.opencontest.judging.internal;

/**
 * The outcome of verifying a contest's judging log.
 *
 * @param checked    links found sound before the break (all of them when intact)
 * @param brokenAt   the sequence number where the log first breaks, or null
 * @param messageKey the translated statement: {@code judging.chain.intact} or {@code judging.chain.break.*}
 * @param latestHash the hash of the newest link, to publish or keep elsewhere
 */
public record LogVerification(boolean intact, int checked, Long brokenAt, String messageKey, String latestHash) {

    /** The argument of the statement: the number checked when intact, else where it breaks. */
    public Object messageArgument() {
        return intact ? checked : brokenAt;
    }
}
