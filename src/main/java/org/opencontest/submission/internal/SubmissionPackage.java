package org.opencontest.submission.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;
import org.opencontest.submission.PackageInput;

/**
 * A team's solution in one contest: the editable draft (metadata here, files in {@link DraftFile}) and the pointer
 * to its final version. Submitted versions are immutable copies ({@link SubmissionVersion}).
 */
@Entity
@Table(name = "submission_package")
public class SubmissionPackage extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;
    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;
    @Column(name = "team_name", nullable = false)
    private String teamName;
    @Column(name = "track_id")
    private Long trackId;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))})
    private LocalizedText title;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "abstract_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "abstract_zh"))})
    private LocalizedText summary;
    /** The contest's datasets declared as used (ids of the dataset module; the service checks they belong to the contest). */
    @ElementCollection
    @CollectionTable(name = "submission_package_dataset", joinColumns = @JoinColumn(name = "package_id"))
    @Column(name = "dataset_id")
    @BatchSize(size = 100)
    private Set<Long> datasetIds = new HashSet<>();
    @Column(name = "other_data")
    private String otherData;
    @Column(name = "demo_link")
    private String demoLink;
    @Column(name = "repository_link")
    private String repositoryLink;
    @Column(name = "video_link")
    private String videoLink;
    @Column(name = "version_count", nullable = false)
    private int versionCount;
    @Column(name = "final_version_id")
    private Long finalVersionId;
    @Column(name = "final_picked", nullable = false)
    private boolean finalPicked;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SubmissionPackage() {
    }

    public SubmissionPackage(long contestId, long teamId, String teamName, Long trackId, Instant now) {
        this.contestId = contestId;
        this.teamId = teamId;
        this.teamName = teamName;
        this.trackId = trackId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(PackageInput input, Instant now) {
        trackId = input.trackId();
        title = input.title();
        summary = input.summary();
        datasetIds.clear();
        datasetIds.addAll(input.datasetIds());
        otherData = input.otherData();
        demoLink = input.demoLink();
        repositoryLink = input.repositoryLink();
        videoLink = input.videoLink();
        updatedAt = now;
    }

    public PackageInput input() {
        return PackageInput.of(trackId, title, summary, datasetIds, otherData, demoLink, repositoryLink, videoLink);
    }

    /** Counts the new version; the latest version becomes final unless the team picked one. */
    public void recordVersion(SubmissionVersion version, String currentTeamName, Instant now) {
        versionCount++;
        if (!finalPicked) {
            finalVersionId = version.getId();
        }
        teamName = currentTeamName;
        updatedAt = now;
    }

    /** Versions moved here from a merged team (they keep their numbers). */
    public void absorbVersions(int count, Long latestMovedId) {
        versionCount += count;
        if (finalVersionId == null) {
            finalVersionId = latestMovedId;
        }
    }

    public void pickFinal(long versionId, Instant now) {
        finalVersionId = versionId;
        finalPicked = true;
        updatedAt = now;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    public long getContestId() {
        return contestId;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getTeamName() {
        return teamName;
    }

    public Long getTrackId() {
        return trackId;
    }

    public int getVersionCount() {
        return versionCount;
    }

    public Long getFinalVersionId() {
        return finalVersionId;
    }

}
