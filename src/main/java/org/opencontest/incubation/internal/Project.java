package org.opencontest.incubation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.opencontest.incubation.Cadence;
import org.opencontest.incubation.Stage;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;

/**
 * An entry taken into incubation: the team, its submission and award, the incubator organisation and its
 * responsible members, the stage, the reporting cadence and the team's consent with what it agreed to publish.
 */
@Entity
@Table(name = "incubation_project")
public class Project extends BaseEntity {

    @Column(name = "contest_id", nullable = false, updatable = false)
    private long contestId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "submission_id", nullable = false, updatable = false)
    private long submissionId;

    @Column(name = "award_id", updatable = false)
    private Long awardId;

    /** The award's name as it was given; null for an entry taken in without one. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "award_en", updatable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "award_zh", updatable = false))})
    private LocalizedText award;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh", nullable = false))})
    private LocalizedText title;

    @Column(name = "team_name", nullable = false)
    private String teamName;

    @Column(name = "org_id", nullable = false)
    private long orgId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage = Stage.ACCEPTED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Cadence cadence;

    @Column(name = "cadence_start", nullable = false)
    private LocalDate cadenceStart;

    @Column(nullable = false)
    private String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Consent consent = Consent.PENDING;

    @Column(name = "consent_by")
    private Long consentBy;

    @Column(name = "consent_by_name")
    private String consentByName;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "show_public", nullable = false)
    private boolean showPublic;

    @Column(name = "show_kpis", nullable = false)
    private boolean showKpis;

    @Column(name = "public_summary")
    private String publicSummary;

    @Column(name = "show_partners", nullable = false)
    private boolean showPartners;

    @Column(name = "partner_city")
    private String partnerCity;

    @Column(name = "partner_datasets")
    private String partnerDatasets;

    /** The contest's theme when the team opted in to the partner showcase (copied so the showcase filters in SQL). */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "theme_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "theme_zh"))})
    private LocalizedText theme;

    @ElementCollection
    @CollectionTable(name = "incubation_responsible", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "member_id")
    private Set<Long> responsibleMemberIds = new HashSet<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Project() {
    }

    public Project(long contestId, long teamId, long submissionId, Long awardId, LocalizedText award,
                   LocalizedText title, String teamName, long orgId, Cadence cadence, LocalDate cadenceStart,
                   ZoneId zone, long createdBy, Instant now) {
        this.contestId = contestId;
        this.teamId = teamId;
        this.submissionId = submissionId;
        this.awardId = awardId;
        this.award = award;
        this.title = title;
        this.teamName = teamName;
        this.orgId = orgId;
        this.cadence = cadence;
        this.cadenceStart = cadenceStart;
        this.zone = zone.getId();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void moveTo(Stage next, Instant now) {
        if (!stage.canMoveTo(next)) {
            throw new UserFacingException("incubation.stage.error.notAllowed", stage, next);
        }
        stage = next;
        updatedAt = now;
    }

    public void answerConsent(boolean accept, boolean showPublic, boolean showKpis, String publicSummary,
                              long userId, String userName, Instant now) {
        this.consent = accept ? Consent.ACCEPTED : Consent.DECLINED;
        this.showPublic = accept && showPublic;
        this.showKpis = accept && showPublic && showKpis;
        this.publicSummary = publicSummary;
        this.consentBy = userId;
        this.consentByName = userName;
        this.consentAt = now;
        this.updatedAt = now;
    }

    /** The team's choice to be shown to partners, with the city it works in and the datasets it uses. */
    public void listForPartners(boolean show, String city, String datasets, LocalizedText contestTheme, Instant now) {
        this.showPartners = show;
        this.partnerCity = city;
        this.partnerDatasets = datasets;
        this.theme = contestTheme;
        this.updatedAt = now;
    }

    public void assign(Set<Long> memberIds, Instant now) {
        responsibleMemberIds.clear();
        responsibleMemberIds.addAll(memberIds);
        updatedAt = now;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    public ReportingSchedule schedule() {
        return new ReportingSchedule(cadence, cadenceStart);
    }

    /** Projects that report and get reminders: the team accepted and the incubation has not ended. */
    public boolean isReporting() {
        return consent == Consent.ACCEPTED && !stage.isFinal();
    }

    public long getContestId() {
        return contestId;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public Long getAwardId() {
        return awardId;
    }

    public LocalizedText getAward() {
        return award;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public String getTeamName() {
        return teamName;
    }

    public long getOrgId() {
        return orgId;
    }

    public Stage getStage() {
        return stage;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public LocalDate getCadenceStart() {
        return cadenceStart;
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    public Consent getConsent() {
        return consent;
    }

    public String getConsentByName() {
        return consentByName;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public boolean isShowPublic() {
        return showPublic;
    }

    public boolean isShowKpis() {
        return showKpis;
    }

    public boolean isShowPartners() {
        return showPartners;
    }

    public String getPartnerCity() {
        return partnerCity;
    }

    public String getPartnerDatasets() {
        return partnerDatasets;
    }

    public LocalizedText getTheme() {
        return theme;
    }

    public String getPublicSummary() {
        return publicSummary;
    }

    public Set<Long> getResponsibleMemberIds() {
        return Set.copyOf(responsibleMemberIds);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
