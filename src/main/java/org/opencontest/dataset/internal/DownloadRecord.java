package org.opencontest.dataset.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** One issued download link: who (null for an anonymous visitor of open data), their team, which file, when. */
@Entity
@Table(name = "dataset_download")
public class DownloadRecord extends BaseEntity {

    @Column(name = "dataset_id", nullable = false)
    private long datasetId;

    @Column(name = "release_id", nullable = false)
    private long releaseId;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "team_name")
    private String teamName;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected DownloadRecord() {
    }

    public DownloadRecord(long datasetId, long releaseId, long fileId, Long userId, TeamRef team, Instant issuedAt) {
        this.datasetId = datasetId;
        this.releaseId = releaseId;
        this.fileId = fileId;
        this.userId = userId;
        this.teamId = team == null ? null : team.id();
        this.teamName = team == null ? null : team.name();
        this.issuedAt = issuedAt;
    }

    public long getReleaseId() {
        return releaseId;
    }

    public long getFileId() {
        return fileId;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getTeamName() {
        return teamName;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
