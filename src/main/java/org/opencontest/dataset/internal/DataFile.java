package org.opencontest.dataset.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;
import org.opencontest.storage.StoredObject;

/**
 * A file of a release: where its bytes are in the object store and what they are (size, SHA-256, sniffed type),
 * plus the CSV analysis as JSON (Table Schema, preview, validation report) for tabular files.
 */
@Entity
@Table(name = "dataset_file")
public class DataFile extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "release_id")
    private DatasetRelease release;

    @Column(name = "object_key", nullable = false)
    private String objectKey;

    @Column(nullable = false)
    private String name;

    /** The name folded for the one-name-per-release rule. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private String format;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "schema_json")
    private String schemaJson;

    @Column(name = "preview_json")
    private String previewJson;

    @Column(name = "report_json")
    private String reportJson;

    protected DataFile() {
    }

    public DataFile(DatasetRelease release, StoredObject stored, String name, String format, Instant now) {
        this.release = release;
        this.objectKey = stored.key();
        this.name = name;
        this.nameKey = DataFileNames.key(name);
        this.size = stored.size();
        this.sha256 = stored.sha256();
        this.mediaType = stored.mediaType();
        this.format = format;
        this.uploadedAt = now;
    }

    public void analysed(String schema, String preview, String report) {
        this.schemaJson = schema;
        this.previewJson = preview;
        this.reportJson = report;
    }

    public void describeFields(String schema) {
        release.requireDraft();
        this.schemaJson = schema;
    }

    public DatasetRelease getRelease() {
        return release;
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

    public String getFormat() {
        return format;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getSchemaJson() {
        return schemaJson;
    }

    public String getPreviewJson() {
        return previewJson;
    }

    public String getReportJson() {
        return reportJson;
    }
}
