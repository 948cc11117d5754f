package org.opencontest.judging.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.judging.Aggregation;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.RoundInput;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;

/** A judging round of a contest with its declared aggregation method. */
@Entity
@Table(name = "judging_round")
public class JudgingRound extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false))})
    private LocalizedText name;

    @Column(name = "rubric_id", nullable = false)
    private long rubricId;

    @Column(nullable = false)
    private boolean blind;

    @Column(name = "judges_per_entry", nullable = false)
    private int judgesPerEntry;

    @Column(name = "advance_count")
    private Integer advanceCount;

    @Column(name = "advance_threshold")
    private BigDecimal advanceThreshold;

    @Column(nullable = false)
    private boolean normalise;

    @Column(name = "trim_fraction", nullable = false)
    private BigDecimal trimFraction;

    @Column(name = "min_sheets_per_judge", nullable = false)
    private int minSheetsPerJudge;

    @Column(name = "disagreement_threshold", nullable = false)
    private BigDecimal disagreementThreshold;

    @Column(name = "top_n", nullable = false)
    private int topN;

    @Column(name = "bootstrap_samples", nullable = false)
    private int bootstrapSamples;

    @Column(name = "bootstrap_seed", nullable = false)
    private long bootstrapSeed;

    @Column(name = "tie_breakers", nullable = false)
    private String tieBreakers;

    @Column(name = "judging_deadline")
    private Instant judgingDeadline;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "stage")
    private Integer stage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JudgingRound() {
    }

    public JudgingRound(long contestId, int position, long seed, Instant now) {
        this.contestId = contestId;
        this.position = position;
        this.bootstrapSeed = seed;
        this.createdAt = now;
    }

    /** Everything the organiser may still change once the round is locked. */
    public void changeSchedule(RoundInput input, Instant now) {
        this.name = input.name();
        this.advanceCount = input.advanceCount();
        this.advanceThreshold = input.advanceThreshold();
        this.judgingDeadline = input.judgingDeadline();
        this.updatedAt = now;
    }

    /** The declared method; only before the first sheet is submitted. */
    public void changeMethod(RoundInput input) {
        Aggregation aggregation = input.aggregation();
        this.rubricId = input.rubricId();
        this.blind = input.blind();
        this.judgesPerEntry = input.judgesPerEntry();
        this.stage = input.stage();
        this.normalise = aggregation.normalise();
        this.trimFraction = aggregation.trimFraction();
        this.minSheetsPerJudge = aggregation.minSheetsPerJudge();
        this.disagreementThreshold = aggregation.disagreementThreshold();
        this.topN = aggregation.topN();
        this.bootstrapSamples = aggregation.bootstrapSamples();
        this.tieBreakers = aggregation.tieBreakers().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public long getContestId() {
        return contestId;
    }

    public int getPosition() {
        return position;
    }

    public long getRubricId() {
        return rubricId;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public Instant getJudgingDeadline() {
        return judgingDeadline;
    }

    /** The submission stage the round judges, or null. */
    public Integer getStage() {
        return stage;
    }

    public boolean isBlind() {
        return blind;
    }

    public int getJudgesPerEntry() {
        return judgesPerEntry;
    }

    /** Whether judges may still change sheets: until the judging deadline (none: no limit), by the server's clock. */
    public boolean openAt(Instant now) {
        return judgingDeadline == null || now.isBefore(judgingDeadline);
    }

    /** Fixes the method: called when the round's first sheet is submitted (later calls change nothing). */
    public void lockMethod(Instant now) {
        if (lockedAt == null) {
            lockedAt = now;
        }
    }

    public RoundInput toInput() {
        return new RoundInput(name, rubricId, blind, judgesPerEntry, advanceCount,
                advanceThreshold, new Aggregation(normalise, trimFraction, minSheetsPerJudge, disagreementThreshold,
                        topN, bootstrapSamples, tieBreakerList()), judgingDeadline, stage);
    }

    /** The method as the ranking maths takes it. */
    public RankingSettings rankingSettings() {
        return new RankingSettings(normalise, trimFraction.doubleValue(), minSheetsPerJudge,
                disagreementThreshold.doubleValue(), topN, bootstrapSamples, bootstrapSeed, tieBreakerList());
    }

    private List<RankingKey> tieBreakerList() {
        return tieBreakers.isEmpty() ? List.of()
                : Arrays.stream(tieBreakers.split(",")).map(RankingKey::valueOf).toList();
    }

    /** The round as the public API carries it. */
    public RoundDetail toDetail() {
        return new RoundDetail(getId(), getVersion(), contestId, position, toInput(), lockedAt);
    }
}
