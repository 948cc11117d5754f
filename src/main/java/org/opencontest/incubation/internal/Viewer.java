package org.opencontest.incubation.internal;

import java.io.Serializable;

/**
 * What the caller is to a project, decided by the service: a member of its team, an incubator of its organisation,
 * an organiser of its contest (administrators are incubator and organiser). Views show actions by it; services check
 * again.
 */
public record Viewer(boolean team, boolean incubator, boolean organiser) implements Serializable {

    public boolean any() {
        return team || incubator || organiser;
    }
}
