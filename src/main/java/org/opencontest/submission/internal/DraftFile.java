package org.opencontest.submission.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
    @Embedded
    private FileFacts file;
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
        this.file = new FileFacts(stored, name);
        this.uploadStartedAt = startedAt;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public DeadlineRules.Upload timing() {
        return new DeadlineRules.Upload(uploadStartedAt, uploadedAt);
    }

    public FileFacts file() {
        return file;
    }

    public long getPackageId() {
        return packageId;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
