package org.opencontest.audit;

/**
 * Result of re-computing the audit hash chain.
 *
 * @param firstBrokenEntryId the first entry whose stored hashes do not match its content or its predecessor;
 *                           {@code null} when the chain is intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenEntryId) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null);
    }

    static ChainVerification brokenAt(Long entryId, long checked) {
        return new ChainVerification(false, checked, entryId);
    }
}
