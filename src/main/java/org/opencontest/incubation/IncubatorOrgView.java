package org.opencontest.incubation;

import java.io.Serializable;
import java.util.List;

import org.opencontest.shared.i18n.LocalizedText;

/** An incubator organisation with its INCUBATOR members. */
public record IncubatorOrgView(long id, LocalizedText name, List<Incubator> members) implements Serializable {

    public IncubatorOrgView {
        members = List.copyOf(members);
    }

    /** @param memberId the membership's id, used to assign responsible incubators to projects */
    public record Incubator(long memberId, long userId, String displayName, String email) implements Serializable {
    }
}
