package org.opencontest.submission.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A file of a submitted version; shares the object with the draft file it was copied from. */
@Entity
@Table(name = "submission_version_file")
public class VersionFile extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private int position;
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

    protected VersionFile() {
    }

    VersionFile(int position, DraftFile draft) {
        this.position = position;
        this.objectKey = draft.getObjectKey();
        this.name = draft.getName();
        this.size = draft.getSize();
        this.sha256 = draft.getSha256();
        this.mediaType = draft.getMediaType();
    }

    public int getPosition() {
        return position;
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
