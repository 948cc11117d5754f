package org.opencontest.judging.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.BaseEntity;

/**
 * The final of a contest as live pitches, attached to the judging round its jury scores them in. The drawn order is
 * kept in {@link PitchSlot}s; the slot times follow from this schedule ({@link PitchSchedule#slots}).
 */
@Entity
@Table(name = "judging_pitch_final")
public class PitchFinal extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    private String venue;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "pitch_minutes", nullable = false)
    private int pitchMinutes;

    @Column(name = "qa_minutes", nullable = false)
    private int qaMinutes;

    @Column(name = "changeover_minutes", nullable = false)
    private int changeoverMinutes;

    @Column(name = "break_every", nullable = false)
    private int breakEvery;

    @Column(name = "break_minutes", nullable = false)
    private int breakMinutes;

    private Long seed;

    @Column(name = "drawn_at")
    private Instant drawnAt;

    @Column(name = "on_stage")
    private Integer onStage;

    @Column(name = "on_stage_since")
    private Instant onStageSince;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PitchFinal() {
    }

    public PitchFinal(long contestId, long roundId, Instant now) {
        this.contestId = contestId;
        this.roundId = roundId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void schedule(PitchFinalInput input, Instant now) {
        this.venue = input.venue();
        this.onlineLink = input.onlineLink();
        this.startsAt = input.startsAt();
        this.pitchMinutes = input.pitchMinutes();
        this.qaMinutes = input.qaMinutes();
        this.changeoverMinutes = input.changeoverMinutes();
        this.breakEvery = input.breakEvery();
        this.breakMinutes = input.breakMinutes();
        this.updatedAt = now;
    }

    public void drawn(long seed, Instant now) {
        if (isDrawn()) {
            throw new UserFacingException("judging.pitch.error.drawn");
        }
        this.seed = seed;
        this.drawnAt = now;
        this.updatedAt = now;
    }

    /** Puts a slot on stage from {@code now}, or nobody ({@code null}). */
    public void onStage(Integer position, Instant now) {
        this.onStage = position;
        this.onStageSince = position == null ? null : now;
        this.updatedAt = now;
    }

    public PitchFinalInput toInput() {
        return new PitchFinalInput(venue, onlineLink, startsAt, pitchMinutes, qaMinutes, changeoverMinutes,
                breakEvery, breakMinutes);
    }

    public PitchSchedule.Timing timing() {
        return new PitchSchedule.Timing(startsAt, Duration.ofMinutes(pitchMinutes), Duration.ofMinutes(qaMinutes),
                Duration.ofMinutes(changeoverMinutes), breakEvery, Duration.ofMinutes(breakMinutes));
    }

    public boolean isDrawn() {
        return drawnAt != null;
    }

    public long getContestId() {
        return contestId;
    }

    public long getRoundId() {
        return roundId;
    }

    public Long getSeed() {
        return seed;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public Integer getOnStage() {
        return onStage;
    }

    public Instant getOnStageSince() {
        return onStageSince;
    }
}
