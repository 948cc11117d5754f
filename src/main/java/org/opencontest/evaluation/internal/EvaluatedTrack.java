package org.opencontest.evaluation.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.hash.Sha256;
import org.opencontest.shared.persistence.BaseEntity;

/** A contest track (or the whole contest) scored by a metric against the organiser's hidden answer key. */
@Entity
@Table(name = "evaluated_track")
public class EvaluatedTrack extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "track_id")
    private Long trackId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Metric metric;

    @Column(name = "id_column", nullable = false)
    private String idColumn;

    @Column(name = "target_column", nullable = false)
    private String targetColumn;

    @Column(name = "public_fraction", nullable = false)
    private double publicFraction;

    @Column(name = "split_secret", nullable = false)
    private String splitSecret;

    @Column(name = "daily_quota", nullable = false)
    private int dailyQuota;

    @Column(name = "score_precision", nullable = false)
    private int scorePrecision;

    @Column(nullable = false)
    private boolean blind;

    @Column(name = "ranking_cutoff", nullable = false)
    private int rankingCutoff = TrackSettings.DEFAULT_RANKING_CUTOFF;

    @Column(name = "key_object")
    private String keyObject;

    @Column(name = "key_name")
    private String keyName;

    @Column(name = "key_size_bytes")
    private Long keySizeBytes;

    @Column(name = "key_sha256")
    private String keySha256;

    @Column(name = "key_rows")
    private Long keyRows;

    @Column(name = "key_public_rows")
    private Long keyPublicRows;

    @Column(name = "key_uploaded_at")
    private Instant keyUploadedAt;

    @Column(name = "revealed_at")
    private Instant revealedAt;

    @Column(name = "final_selections", nullable = false)
    private int finalSelections = LeaderboardRules.DEFAULTS.finalSelections();

    @Column(name = "frozen_from")
    private Instant frozenFrom;

    /** When the private board's bootstrap intervals were last computed; null until then. */
    @Column(name = "intervals_at")
    private Instant intervalsAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sample_dataset_id")
    private Long sampleDatasetId;

    protected EvaluatedTrack() {
    }

    public EvaluatedTrack(long contestId, Long trackId, Instant createdAt) {
        this.contestId = contestId;
        this.trackId = trackId;
        this.splitSecret = PublicSplit.newSecret();
        this.createdAt = createdAt;
    }

    /** Changing the columns, the metric or the split after an answer key is there is refused by the caller. */
    public void configure(TrackSettings settings) {
        this.metric = settings.metric();
        this.idColumn = settings.idColumn();
        this.targetColumn = settings.targetColumn();
        this.publicFraction = settings.publicFraction();
        this.dailyQuota = settings.dailyQuota();
        this.scorePrecision = settings.precision();
        this.blind = settings.blind();
        this.rankingCutoff = settings.rankingCutoff();
    }

    public void answerKey(String object, String name, long size, String sha256, long rows, long publicRows,
                          Instant at) {
        this.keyObject = object;
        this.keyName = name;
        this.keySizeBytes = size;
        this.keySha256 = sha256;
        this.keyRows = rows;
        this.keyPublicRows = publicRows;
        this.keyUploadedAt = at;
    }

    public void reveal(Instant at) {
        this.revealedAt = at;
    }

    public TrackSettings settings() {
        return new TrackSettings(trackId, metric, idColumn, targetColumn, publicFraction, dailyQuota, scorePrecision,
                blind, rankingCutoff);
    }

    public void rules(LeaderboardRules rules) {
        this.finalSelections = rules.finalSelections();
        this.frozenFrom = rules.frozenFrom();
    }

    public LeaderboardRules rules() {
        return new LeaderboardRules(finalSelections, frozenFrom);
    }

    public PublicSplit split() {
        return new PublicSplit(splitSecret, publicFraction);
    }

    public long getContestId() {
        return contestId;
    }

    public Long getTrackId() {
        return trackId;
    }

    public Metric getMetric() {
        return metric;
    }

    public String getKeyObject() {
        return keyObject;
    }

    public String getKeyName() {
        return keyName;
    }

    public Long getKeyRows() {
        return keyRows;
    }

    public Long getKeyPublicRows() {
        return keyPublicRows;
    }

    public Instant getKeyUploadedAt() {
        return keyUploadedAt;
    }

    public Instant getRevealedAt() {
        return revealedAt;
    }

    public boolean isRevealed() {
        return revealedAt != null;
    }

    /** The dataset in which the sample submission is published, or null before the first answer key. */
    public Long getSampleDatasetId() {
        return sampleDatasetId;
    }

    public void sampleDataset(long datasetId) {
        this.sampleDatasetId = datasetId;
    }

    public Instant getIntervalsAt() {
        return intervalsAt;
    }

    public void intervalsComputed(Instant at) {
        this.intervalsAt = at;
    }

    /** The bootstrap's seed: fixed per track, from its secret (hashed, so no bits of the secret are reused). */
    long bootstrapSeed() {
        byte[] digest = Sha256.newDigest().digest(("bootstrap:" + splitSecret).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }
}
