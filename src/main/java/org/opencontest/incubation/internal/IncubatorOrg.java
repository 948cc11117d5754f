package org.opencontest.incubation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** An incubator organisation (e.g. a city's big-data incubator) whose INCUBATOR users look after projects. */
@Entity
@Table(name = "incubator_org")
public class IncubatorOrg extends BaseEntity {

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IncubatorOrg() {
    }

    public IncubatorOrg(String nameEn, String nameZh, Instant now) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.createdAt = now;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }
}
