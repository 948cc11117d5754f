package org.opencontest.submission.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.opencontest.storage.StoredObject;

/** What the store measured for one file, as draft and version files both record it. */
@Embeddable
public class FileFacts {

    @Column(name = "object_key", nullable = false, updatable = false)
    private String objectKey;
    @Column(nullable = false, updatable = false)
    private String name;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;
    @Column(nullable = false, updatable = false)
    private String sha256;
    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    protected FileFacts() {
    }

    public FileFacts(StoredObject stored, String name) {
        this.objectKey = stored.key();
        this.name = name;
        this.size = stored.size();
        this.sha256 = stored.sha256();
        this.mediaType = stored.mediaType();
    }

    /** Embeddables are values: each entity gets its own instance. */
    FileFacts copy() {
        FileFacts copy = new FileFacts();
        copy.objectKey = objectKey;
        copy.name = name;
        copy.size = size;
        copy.sha256 = sha256;
        copy.mediaType = mediaType;
        return copy;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public String getName() {
        return name;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }
}
