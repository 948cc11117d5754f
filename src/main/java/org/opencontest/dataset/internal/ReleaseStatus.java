package org.opencontest.dataset.internal;

/** A release is prepared as a draft (files come and go) and frozen when published. */
public enum ReleaseStatus {
    DRAFT, PUBLISHED;

    public String messageKey() {
        return "dataset.release.status." + name();
    }
}
