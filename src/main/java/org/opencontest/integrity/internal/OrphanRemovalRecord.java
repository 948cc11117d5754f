package org.opencontest.integrity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.opencontest.storage.ListedObject;

/** An orphan object the sweep removed, kept so that admins can see what went and why. */
@Entity
@Table(name = "integrity_orphan_removal")
public class OrphanRemovalRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "object_key", nullable = false, updatable = false)
    private String objectKey;
    @Column(name = "last_modified", nullable = false, updatable = false)
    private Instant lastModified;
    @Column(name = "removed_at", nullable = false, updatable = false)
    private Instant removedAt;

    protected OrphanRemovalRecord() {
    }

    OrphanRemovalRecord(ListedObject object, Instant removedAt) {
        this.objectKey = object.key();
        this.lastModified = object.lastModified();
        this.removedAt = removedAt;
    }

    OrphanRemoval removal() {
        return new OrphanRemoval(objectKey, lastModified, removedAt);
    }
}
