package org.opencontest.incubation.internal;

import java.io.Serializable;
import java.time.Instant;

/** An evidence file; the bytes are fetched through {@link IncubationEvidence#link(long)} after the access check. */
public record EvidenceView(long id, Long milestoneId, Long checkInId, String name, long size, String sha256,
                           String mediaType, String uploadedBy, Instant uploadedAt) implements Serializable {
}
