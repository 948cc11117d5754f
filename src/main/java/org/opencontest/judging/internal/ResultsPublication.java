package org.opencontest.judging.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Whether a contest's results are public, and whether teams see their scores besides the judges' comments. Two
 * organisers may change it at once, so it carries a version.
 */
@Entity
@Table(name = "judging_results")
public class ResultsPublication {

    @Id
    @Column(name = "contest_id")
    private long contestId;

    @Version
    private long version;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @Column(name = "show_scores_to_teams", nullable = false)
    private boolean showScoresToTeams;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ResultsPublication() {
    }

    public ResultsPublication(long contestId, Instant now) {
        this.contestId = contestId;
        this.updatedAt = now;
    }

    /** Publishes once; returns false when the results were public already (publishing again changes nothing). */
    public boolean publish(long by, Instant now) {
        if (publishedAt != null) {
            return false;
        }
        publishedAt = now;
        publishedBy = by;
        updatedAt = now;
        return true;
    }

    public void showScoresToTeams(boolean show, Instant now) {
        showScoresToTeams = show;
        updatedAt = now;
    }

    public long getContestId() {
        return contestId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public boolean isShowScoresToTeams() {
        return showScoresToTeams;
    }
}
