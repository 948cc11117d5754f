package org.opencontest.dataset.internal;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;

/** A numbered version of a dataset. Files come and go while it is a draft; once published it never changes. */
@Entity
@Table(name = "dataset_release")
public class DatasetRelease extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dataset_id")
    private Dataset dataset;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String label;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "changelog_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "changelog_zh"))})
    private LocalizedText changelog;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReleaseStatus status;

    @Column(name = "embargo_until")
    private Instant embargoUntil;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DatasetRelease() {
    }

    public DatasetRelease(Dataset dataset, int number, String label, LocalizedText changelog, Instant now) {
        this.dataset = dataset;
        this.number = number;
        this.label = label;
        this.changelog = changelog;
        this.status = ReleaseStatus.DRAFT;
        this.createdAt = now;
    }

    public void requireDraft() {
        if (status != ReleaseStatus.DRAFT) {
            throw new UserFacingException("dataset.error.releasePublished");
        }
    }

    public void describe(String newLabel, LocalizedText newChangelog) {
        requireDraft();
        this.label = newLabel;
        this.changelog = newChangelog;
    }

    /** Freezes the release; visible to the public from {@code embargoUntil} (null: at once). */
    public void publish(Instant embargoUntil, Instant now) {
        requireDraft();
        this.status = ReleaseStatus.PUBLISHED;
        this.embargoUntil = embargoUntil;
        this.publishedAt = now;
    }

    /** Published and past any embargo: what the public may see. */
    public boolean isPublicAt(Instant now) {
        return status == ReleaseStatus.PUBLISHED && (embargoUntil == null || !now.isBefore(embargoUntil));
    }

    public Dataset getDataset() {
        return dataset;
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public LocalizedText getChangelog() {
        return LocalizedText.orEmpty(changelog);
    }

    public ReleaseStatus getStatus() {
        return status;
    }

    public Instant getEmbargoUntil() {
        return embargoUntil;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
