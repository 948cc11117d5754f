package org.opencontest.incubation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.opencontest.storage.StoredObject;

/** A file backing a milestone or a check-in, stored in the object store; the name is the uploader's, as metadata. */
@Entity
@Table(name = "incubation_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "milestone_id", updatable = false)
    private Long milestoneId;

    @Column(name = "check_in_id", updatable = false)
    private Long checkInId;

    @Column(name = "object_key", nullable = false, updatable = false)
    private String objectKey;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Evidence() {
    }

    public Evidence(long projectId, Long milestoneId, Long checkInId, StoredObject stored, String name,
                    String uploadedBy, Instant now) {
        this.projectId = projectId;
        this.milestoneId = milestoneId;
        this.checkInId = checkInId;
        this.objectKey = stored.key();
        this.name = name;
        this.sizeBytes = stored.size();
        this.sha256 = stored.sha256();
        this.mediaType = stored.mediaType();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public Long getCheckInId() {
        return checkInId;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public String getName() {
        return name;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
