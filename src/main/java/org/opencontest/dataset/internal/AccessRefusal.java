package org.opencontest.dataset.internal;

/** Why the caller may not download a dataset they can see, and what would change that. */
public enum AccessRefusal {
    SIGN_IN, ACCEPT_TERMS, APPROVED_TEAM;

    public String messageKey() {
        return "dataset.access." + name();
    }
}
