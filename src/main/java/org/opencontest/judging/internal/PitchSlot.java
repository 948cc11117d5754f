package org.opencontest.judging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One place of a final's drawn order: written once by the draw, never changed. */
@Entity
@Table(name = "judging_pitch_slot")
public class PitchSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "final_id", nullable = false, updatable = false)
    private long finalId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    protected PitchSlot() {
    }

    public PitchSlot(long finalId, int position, long entryId, long teamId) {
        this.finalId = finalId;
        this.position = position;
        this.entryId = entryId;
        this.teamId = teamId;
    }

    public int getPosition() {
        return position;
    }

    public long getEntryId() {
        return entryId;
    }

    public long getTeamId() {
        return teamId;
    }
}
