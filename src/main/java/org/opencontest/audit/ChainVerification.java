package org.opencontest.audit;

import org.opencontest.shared.hash.HashChain;

/**
 * Result of re-computing the audit hash chain.
 *
 * @param firstBrokenEntryId the first entry whose stored hashes do not match its content or its predecessor;
 *                           {@code null} when the chain is intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenEntryId) {

    static ChainVerification of(HashChain.Verification verification) {
        return new ChainVerification(verification.intact(), verification.checked(), verification.brokenAt());
    }
}
