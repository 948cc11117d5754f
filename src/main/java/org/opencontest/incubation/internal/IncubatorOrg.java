package org.opencontest.incubation.internal;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;

/** An incubator organisation (e.g. a city's big-data incubator) whose INCUBATOR users look after projects. */
@Entity
@Table(name = "incubator_org")
public class IncubatorOrg extends BaseEntity {

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false))})
    private LocalizedText name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IncubatorOrg() {
    }

    public IncubatorOrg(LocalizedText name, Instant now) {
        this.name = name;
        this.createdAt = now;
    }

    public LocalizedText getName() {
        return name;
    }
}
