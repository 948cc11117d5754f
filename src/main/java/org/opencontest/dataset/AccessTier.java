package org.opencontest.dataset;

/** Who may download a dataset's files. Metadata of published releases is public whatever the tier. */
public enum AccessTier {
    /** Anyone, anonymous visitors too. */
    OPEN,
    /** Signed-in users. */
    REGISTERED,
    /** Signed-in users who accepted the current version of the dataset's terms. */
    AGREEMENT,
    /** Members of an approved team in a contest the dataset is released to. */
    TEAM_ONLY;

    public String messageKey() {
        return "dataset.tier." + name();
    }
}
