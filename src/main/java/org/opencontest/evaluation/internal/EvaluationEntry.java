package org.opencontest.evaluation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;

/** One submitted version of an evaluated track and its scoring: queued, running, scored or failed. */
@Entity
@Table(name = "evaluation_entry")
public class EvaluationEntry extends BaseEntity {

    public enum Status { QUEUED, RUNNING, SCORED, FAILED }

    @Column(name = "track_ref", nullable = false)
    private long trackRef;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "team_name", nullable = false)
    private String teamName;

    @Column(name = "object_key")
    private String objectKey;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean late;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "public_score")
    private Double publicScore;

    @Column(name = "private_score")
    private Double privateScore;

    @Column(name = "error_en")
    private String errorEn;

    @Column(name = "error_zh")
    private String errorZh;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int attempts;

    /** Picked by the team for the private leaderboard. */
    @Column(nullable = false)
    private boolean selected;

    /** Bootstrap interval of the private score, once computed after the reveal (null where it could not be). */
    @Column(name = "private_low")
    private Double privateLow;

    @Column(name = "private_high")
    private Double privateHigh;

    /** The entry ranked just below this one on the private board, when the two are statistically tied. */
    @Column(name = "private_tied_entry")
    private Long privateTiedEntry;

    protected EvaluationEntry() {
    }

    public EvaluationEntry(EvaluatedTrack track, long versionId, int versionNo, long teamId, String teamName,
                           String objectKey, String fileName, Instant submittedAt, boolean late, Instant queuedAt) {
        this.trackRef = track.getId();
        this.contestId = track.getContestId();
        this.versionId = versionId;
        this.versionNo = versionNo;
        this.teamId = teamId;
        this.teamName = teamName;
        this.objectKey = objectKey;
        this.fileName = fileName;
        this.submittedAt = submittedAt;
        this.late = late;
        this.status = Status.QUEUED;
        this.queuedAt = queuedAt;
    }

    public void start(Instant at) {
        status = Status.RUNNING;
        startedAt = at;
        attempts++;
    }

    /** NaN (a split side with no usable rows) is kept as no score. */
    public void scored(double publicValue, double privateValue, Instant at) {
        status = Status.SCORED;
        publicScore = Double.isNaN(publicValue) ? null : publicValue;
        privateScore = Double.isNaN(privateValue) ? null : privateValue;
        errorEn = null;
        errorZh = null;
        finishedAt = at;
    }

    public void failed(LocalizedText error, Instant at) {
        status = Status.FAILED;
        publicScore = null;
        privateScore = null;
        errorEn = cut(error.en());
        errorZh = cut(error.zh());
        finishedAt = at;
    }

    private static String cut(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    public void select(boolean picked) {
        this.selected = picked;
    }

    public boolean isSelected() {
        return selected;
    }

    /** Scored on time with a public score: it ranks on the public board and may be a final selection. */
    public boolean isRankable() {
        return status == Status.SCORED && !late && publicScore != null;
    }

    public long getTrackRef() {
        return trackRef;
    }

    public long getContestId() {
        return contestId;
    }

    public long getVersionId() {
        return versionId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getTeamName() {
        return teamName;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
    }

    public Status getStatus() {
        return status;
    }

    public Double getPublicScore() {
        return publicScore;
    }

    public Double getPrivateScore() {
        return privateScore;
    }

    public LocalizedText getError() {
        return errorEn == null && errorZh == null ? null : new LocalizedText(errorEn, errorZh);
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** How many times a scoring job started on it (more than once only after a node died mid-job). */
    public int getAttempts() {
        return attempts;
    }

    /** The private score's bootstrap interval (NaN bounds are kept as none) and the tied entry below, or null. */
    public void privateInterval(double low, double high, Long tiedEntry) {
        this.privateLow = Double.isFinite(low) ? low : null;
        this.privateHigh = Double.isFinite(high) ? high : null;
        this.privateTiedEntry = tiedEntry;
    }

    public Double getPrivateLow() {
        return privateLow;
    }

    public Double getPrivateHigh() {
        return privateHigh;
    }

    public Long getPrivateTiedEntry() {
        return privateTiedEntry;
    }
}
