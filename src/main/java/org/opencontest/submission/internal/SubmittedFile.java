package org.opencontest.submission.internal;

import java.io.Serializable;
import java.time.Instant;

/**
 * A stored file of a draft or a version: what the team uploaded and what the store measured.
 *
 * @param uploadedAt when the upload finished (for version files: when the version was submitted)
 */
public record SubmittedFile(long id, String name, long size, String sha256, String mediaType, Instant uploadedAt)
        implements Serializable {
}
