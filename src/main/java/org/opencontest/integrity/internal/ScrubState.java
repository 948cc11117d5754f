package org.opencontest.integrity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row that remembers where the scrub and the orphan sweep continue; only the locked job writes it. */
@Entity
@Table(name = "integrity_scrub_state")
public class ScrubState {

    static final long ID = 1L;

    @Id
    private Long id;
    @Column(nullable = false)
    private String source;
    @Column(name = "after_key", nullable = false)
    private String afterKey;
    @Column(name = "orphan_after_key", nullable = false)
    private String orphanAfterKey;
    @Column(name = "last_run_at")
    private Instant lastRunAt;
    @Column(name = "pass_completed_at")
    private Instant passCompletedAt;

    protected ScrubState() {
    }

    String getSource() {
        return source;
    }

    String getAfterKey() {
        return afterKey;
    }

    String getOrphanAfterKey() {
        return orphanAfterKey;
    }

    Instant getLastRunAt() {
        return lastRunAt;
    }

    Instant getPassCompletedAt() {
        return passCompletedAt;
    }

    void continueAt(String source, String afterKey) {
        this.source = source;
        this.afterKey = afterKey;
    }

    void passCompleted(Instant at) {
        continueAt("", "");
        this.passCompletedAt = at;
    }

    void continueOrphansAfter(String key) {
        this.orphanAfterKey = key;
    }

    void ran(Instant at) {
        this.lastRunAt = at;
    }
}
