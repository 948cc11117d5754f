package org.opencontest.incubation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** What the organiser (or incubator) decides when taking an entry into incubation. */
public record NewProject(long contestId, long teamId, long orgId, Set<Long> responsibleMemberIds, Cadence cadence,
                         LocalDate cadenceStart) implements Serializable {

    public NewProject {
        responsibleMemberIds = responsibleMemberIds == null ? Set.of() : Set.copyOf(responsibleMemberIds);
    }
}
