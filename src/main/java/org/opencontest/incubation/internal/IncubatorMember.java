package org.opencontest.incubation.internal;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An INCUBATOR user in an organisation, with what it takes to write to them (reminders, escalations). */
@Entity
@Table(name = "incubator_member")
public class IncubatorMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "org_id", nullable = false)
    private long orgId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String locale;

    protected IncubatorMember() {
    }

    public IncubatorMember(long orgId, long userId, String email, String displayName, Locale locale) {
        this.orgId = orgId;
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.locale = locale.toLanguageTag();
    }

    public Long getId() {
        return id;
    }

    public long getOrgId() {
        return orgId;
    }

    public long getUserId() {
        return userId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }
}
