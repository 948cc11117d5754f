package org.opencontest.judging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opencontest.shared.hash.HashChain;

/** The newest link of a contest's judging log; its row lock serialises appends. */
@Entity
@Table(name = "judging_log_head")
public class LogHead {

    @Id
    @Column(name = "contest_id")
    private long contestId;

    @Version
    private long version;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected LogHead() {
    }

    LogHead(long contestId) {
        this.contestId = contestId;
        this.lastHash = HashChain.GENESIS;
    }

    HashChain.Link last() {
        return lastSequence == 0 ? null : new HashChain.Link(lastSequence, null, null, lastHash);
    }

    void advanceTo(HashChain.Link link) {
        lastSequence = link.position();
        lastHash = link.hash();
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
