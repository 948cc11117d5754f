package org.opencontest.judging.internal;

/** Why a judge must not (or, for a dataset publisher, may not without the organiser's say) judge an entry. */
public enum ConflictReason {
    /** The judge or a team member declared it. */
    DECLARED,
    /** The judge's e-mail address is a team member's: the same person. */
    SAME_PERSON,
    /** The judge and a team member name the same organisation. */
    SAME_ORGANISATION,
    /** The judge and a team member write from the same (non-webmail) e-mail domain or one within the other. */
    SAME_EMAIL_DOMAIN,
    /** The judge's organisation publishes a dataset the entry declares it uses: the organiser decides. */
    DATASET_PUBLISHER;

    /** Detected reasons that block the pair only until the organiser has looked at them. */
    public boolean needsOrganiserDecision() {
        return this == DATASET_PUBLISHER;
    }
}
