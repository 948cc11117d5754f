package org.opencontest.submission.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A file of a submitted version; shares the object with the draft file it was copied from. */
@Entity
@Table(name = "submission_version_file")
public class VersionFile extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private int position;
    @Embedded
    private FileFacts file;

    protected VersionFile() {
    }

    VersionFile(int position, FileFacts file) {
        this.position = position;
        this.file = file.copy();
    }

    public FileFacts file() {
        return file;
    }

    public int getPosition() {
        return position;
    }
}
