package org.opencontest.submission.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;
import org.opencontest.storage.StoredObject;

/** A file in a team's draft; written only after its object is stored. */
@Entity
@Table(name = "submission_draft_file")
public class DraftFile extends BaseEntity {

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;
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
    @Column(name = "upload_started_at", nullable = false, updatable = false)
    private Instant uploadStartedAt;
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    protected DraftFile() {
    }

    public DraftFile(long packageId, StoredObject stored, String name, Instant startedAt, Instant uploadedAt,
                     long uploadedBy) {
        this.packageId = packageId;
        this.objectKey = stored.key();
        this.name = name;
        this.size = stored.size();
        this.sha256 = stored.sha256();
        this.mediaType = stored.mediaType();
        this.uploadStartedAt = startedAt;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public DeadlineRules.Upload timing() {
        return new DeadlineRules.Upload(uploadStartedAt, uploadedAt);
    }

    public long getPackageId() {
        return packageId;
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

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
