package org.opencontest.dataset.issue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opencontest.dataset.internal.DatasetRelease;
import org.opencontest.shared.persistence.BaseEntity;
import org.opencontest.storage.StoredObject;

/** A data-quality issue on a dataset: what the reporter saw, and how the publisher settled it. */
@Entity
@Table(name = "dataset_issue")
class DataIssue extends BaseEntity {

    @Column(name = "dataset_id", nullable = false)
    private long datasetId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "release_id")
    private DatasetRelease release;

    @Column(name = "column_name")
    private String column;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DataIssueKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DataIssueStatus status;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(name = "reporter_name", nullable = false)
    private String reporterName;

    @Column(name = "reporter_email", nullable = false)
    private String reporterEmail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "fixed_in_id")
    private DatasetRelease fixedIn;

    private String reason;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(name = "evidence_key")
    private String evidenceKey;

    @Column(name = "evidence_name")
    private String evidenceName;

    @Column(name = "evidence_size")
    private Long evidenceSize;

    @Column(name = "evidence_sha256")
    private String evidenceSha256;

    @Column(name = "evidence_type")
    private String evidenceType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected DataIssue() {
    }

    DataIssue(long datasetId, DatasetRelease release, String column, DataIssueKind kind, String title,
              String description, long reporterId, String reporterName, String reporterEmail, Instant now) {
        this.datasetId = datasetId;
        this.release = release;
        this.column = column;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.status = DataIssueStatus.OPEN;
        this.reporterId = reporterId;
        this.reporterName = reporterName;
        this.reporterEmail = reporterEmail;
        this.createdAt = now;
    }

    void acknowledge() {
        settle(DataIssueStatus.ACKNOWLEDGED, null, null, null, null);
    }

    /** Fixed in {@code release}: settled now if it is published, else when it is. */
    void fixIn(DatasetRelease fix, Instant now) {
        boolean published = fix.getPublishedAt() != null;
        settle(published ? DataIssueStatus.FIXED : DataIssueStatus.FIX_SCHEDULED, fix, null, null,
                published ? now : null);
    }

    void decline(String why, Instant now) {
        settle(DataIssueStatus.WONT_FIX, null, why, null, now);
    }

    void duplicate(long originalId, Instant now) {
        settle(DataIssueStatus.DUPLICATE, null, null, originalId, now);
    }

    /** Its scheduled release was published. */
    void released(Instant now) {
        status = DataIssueStatus.FIXED;
        closedAt = now;
    }

    private void settle(DataIssueStatus newStatus, DatasetRelease fix, String why, Long originalId, Instant closed) {
        status = newStatus;
        fixedIn = fix;
        reason = why;
        duplicateOfId = originalId;
        closedAt = closed;
    }

    void attach(StoredObject stored, String name) {
        evidenceKey = stored.key();
        evidenceName = name;
        evidenceSize = stored.size();
        evidenceSha256 = stored.sha256();
        evidenceType = stored.mediaType();
    }

    long getDatasetId() {
        return datasetId;
    }

    DatasetRelease getRelease() {
        return release;
    }

    String getColumn() {
        return column;
    }

    DataIssueKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    DataIssueStatus getStatus() {
        return status;
    }

    long getReporterId() {
        return reporterId;
    }

    String getReporterName() {
        return reporterName;
    }

    String getReporterEmail() {
        return reporterEmail;
    }

    DatasetRelease getFixedIn() {
        return fixedIn;
    }

    String getReason() {
        return reason;
    }

    Long getDuplicateOfId() {
        return duplicateOfId;
    }

    String getEvidenceKey() {
        return evidenceKey;
    }

    String getEvidenceName() {
        return evidenceName;
    }

    Long getEvidenceSize() {
        return evidenceSize;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
