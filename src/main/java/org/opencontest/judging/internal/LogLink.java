package org.opencontest.judging.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.opencontest.shared.hash.HashChain;

/** A stored link of a contest's judging log; written once, never updated. */
@Entity
@Table(name = "judging_log")
public class LogLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(nullable = false, updatable = false)
    private long sequence;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LogLink() {
    }

    LogLink(long contestId, String kind, HashChain.Link link, Instant createdAt) {
        this.contestId = contestId;
        this.kind = kind;
        this.sequence = link.position();
        this.content = link.entry();
        this.previousHash = link.previousHash();
        this.hash = link.hash();
        this.createdAt = createdAt;
    }

    public String getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public HashChain.Link toLink() {
        return new HashChain.Link(sequence, previousHash, content, hash);
    }
}
