package org.opencontest.vote.internal;

/** The patterns the anomaly review looks for among a vote's valid ballots. */
public enum AnomalyRule {
    /** Many votes for one entry within a few minutes. */
    BURST,
    /** Many young accounts voting from one source network. */
    NEW_ACCOUNTS_ONE_NETWORK,
    /** Votes cast within moments of the account's sign-up. */
    FAST_AFTER_SIGN_UP;

    public String messageKey() {
        return "vote.anomaly.rule." + name();
    }
}
