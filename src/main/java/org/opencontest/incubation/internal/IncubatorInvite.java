package org.opencontest.incubation.internal;

import java.io.Serializable;
import java.time.Instant;

import org.opencontest.shared.i18n.LocalizedText;

/** An open invitation into an incubator organisation, for the organisers' list and for the invitee's answer. */
public record IncubatorInvite(long id, long orgId, LocalizedText organisation, String email, Instant invitedAt)
        implements Serializable {
}
