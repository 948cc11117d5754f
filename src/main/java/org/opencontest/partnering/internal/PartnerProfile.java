package org.opencontest.partnering.internal;

import org.opencontest.partnering.PartnerKind;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.persistence.BaseEntity;

/** A PARTNER account's organisation, its kind and its interests, shown to the teams it asks to meet. */
@Entity
@Table(name = "partner_profile")
public class PartnerProfile extends BaseEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerKind kind;

    @Column(nullable = false)
    private String organisation;

    @Column(nullable = false)
    private String interests;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PartnerProfile() {
    }

    public PartnerProfile(long userId) {
        this.userId = userId;
    }

    public void update(PartnerKind kind, String organisation, String interests, Instant now) {
        this.kind = kind;
        this.organisation = organisation;
        this.interests = interests;
        this.updatedAt = now;
    }

    public long getUserId() {
        return userId;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getInterests() {
        return interests;
    }
}
