package org.opencontest.submission;

/**
 * How far a reviewer (a judge) may read a submitted version: not at all, sealed (the description and the files
 * under neutral names, nothing that names the team: a blind round), or open (with the team's name).
 */
public enum ReviewAccess {
    NONE, SEALED, OPEN;

    /** The wider of two grants: a reviewer who may read openly anywhere reads openly. */
    public ReviewAccess or(ReviewAccess other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
