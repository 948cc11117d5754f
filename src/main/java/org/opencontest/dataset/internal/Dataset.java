package org.opencontest.dataset.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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

import org.hibernate.annotations.BatchSize;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.dataset.AccessTier;
import org.opencontest.dataset.DataTheme;
import org.opencontest.dataset.DatasetMetadata;
import org.opencontest.dataset.Licence;
import org.opencontest.dataset.PublisherType;
import org.opencontest.dataset.UpdateFrequency;
import org.opencontest.shared.persistence.BaseEntity;

/**
 * A dataset's metadata, access tier and terms. Releases and files are separate rows ({@link DatasetRelease},
 * {@link DataFile}); changing the terms text starts a new terms version, so earlier acceptances no longer count.
 */
@Entity
@Table(name = "dataset")
public class Dataset extends BaseEntity {

    static final String KEYWORD_SEPARATOR = "\n";

    @Column(nullable = false)
    private String slug;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))})
    private LocalizedText description;

    @Column(name = "publisher_name", nullable = false)
    private String publisherName;

    @Column(name = "publisher_url")
    private String publisherUrl;

    @Column(name = "publisher_email")
    private String publisherEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "publisher_type")
    private PublisherType publisherType;

    /** Keywords separated by new lines (keywords are single-line). */
    private String keywords;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DataTheme theme;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "local_theme_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "local_theme_zh"))})
    private LocalizedText localTheme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Licence licence;

    @Column(name = "temporal_start")
    private LocalDate temporalStart;

    @Column(name = "temporal_end")
    private LocalDate temporalEnd;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "spatial_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "spatial_zh"))})
    private LocalizedText spatial;

    @Column(name = "spatial_uri")
    private String spatialUri;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UpdateFrequency frequency;

    @Column(name = "landing_page")
    private String landingPage;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_tier", nullable = false)
    private AccessTier accessTier;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "terms_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "terms_zh"))})
    private LocalizedText terms;

    @Column(name = "terms_version", nullable = false)
    private int termsVersion;

    @ElementCollection
    @CollectionTable(name = "dataset_contest", joinColumns = @JoinColumn(name = "dataset_id"))
    @Column(name = "contest_id")
    @BatchSize(size = 50)
    private Set<Long> contestIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Dataset() {
    }

    public Dataset(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Applies validated metadata; a changed terms text (either language) asks every user to accept again. */
    public void edit(DatasetMetadata metadata, String newSlug, Instant now) {
        LocalizedText newTerms = metadata.terms();
        if (!Objects.equals(LocalizedText.orEmpty(terms), newTerms) && !newTerms.isEmpty()) {
            termsVersion++;
        }
        this.slug = newSlug;
        this.title = metadata.title();
        this.description = metadata.description();
        this.publisherName = metadata.publisherName();
        this.publisherUrl = metadata.publisherUrl();
        this.publisherEmail = metadata.publisherEmail();
        this.publisherType = metadata.publisherType();
        this.keywords = String.join(KEYWORD_SEPARATOR, metadata.keywords());
        this.theme = metadata.theme();
        this.localTheme = metadata.localTheme();
        this.licence = metadata.licence();
        this.temporalStart = metadata.temporalStart();
        this.temporalEnd = metadata.temporalEnd();
        this.spatial = metadata.spatial();
        this.spatialUri = metadata.spatialUri();
        this.frequency = metadata.frequency();
        this.landingPage = metadata.landingPage();
        this.accessTier = metadata.accessTier();
        this.terms = newTerms;
        this.contestIds.clear();
        this.contestIds.addAll(metadata.contestIds());
        touch(now);
    }

    /** Marks the dataset changed (its version moves), e.g. when a release is added or published. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public DatasetMetadata metadata() {
        return new DatasetMetadata(slug, getTitle(), LocalizedText.orEmpty(description), publisherName, publisherUrl,
                publisherEmail, publisherType, keywords(), theme, LocalizedText.orEmpty(localTheme), licence,
                temporalStart, temporalEnd, LocalizedText.orEmpty(spatial), spatialUri, frequency, landingPage, Set.copyOf(contestIds),
                accessTier, LocalizedText.orEmpty(terms));
    }

    private List<String> keywords() {
        return keywords == null || keywords.isEmpty() ? List.of() : List.of(keywords.split(KEYWORD_SEPARATOR));
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    /** The account that publishes the dataset, told of new data issues. */
    public long getOwnerId() {
        return ownerId;
    }

    public String getSlug() {
        return slug;
    }

    public LocalizedText getTitle() {
        return LocalizedText.orEmpty(title);
    }

    public AccessTier getAccessTier() {
        return accessTier;
    }

    public int getTermsVersion() {
        return termsVersion;
    }

    public Set<Long> getContestIds() {
        return Set.copyOf(contestIds);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
