package org.opencontest.dataset.internal;

import java.io.Serializable;
import java.net.URI;
import java.time.Instant;

/** A short-lived presigned link to a file's bytes in the object store, issued after the access check. */
public record DownloadLink(URI url, Instant expiresAt, String fileName, long size, String sha256)
        implements Serializable {
}
