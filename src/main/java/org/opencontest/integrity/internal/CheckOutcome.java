package org.opencontest.integrity.internal;

/** What re-hashing one stored object found. */
public enum CheckOutcome {
    /** Present with the recorded size and SHA-256. */
    INTACT,
    /** Present, but its bytes are not the recorded ones. */
    CHANGED,
    /** Gone from the store. */
    MISSING;

    public boolean damaged() {
        return this != INTACT;
    }

    public String messageKey() {
        return "integrity.outcome." + name();
    }
}
