package org.opencontest.contest.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.opencontest.contest.ContestInput;
import org.opencontest.contest.ContestRules;
import org.opencontest.contest.ContestStatus;
import org.opencontest.contest.RulesVersion;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.Timeline;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.BaseEntity;

/**
 * The contest aggregate: texts, settings, tracks, prizes and the timeline, changed only through its methods so
 * that the timeline rules and the lifecycle (draft → published → archived) always hold. Children are loaded in
 * batches ({@code @BatchSize}) so lists of contests do not query once per contest.
 */
@Entity
@Table(name = "contest")
public class Contest extends BaseEntity {

    private static final int DEFAULT_TEAM_SIZE_MAX = 5;
    private static final int CHILD_BATCH = 50;

    @Column(nullable = false)
    private String slug;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "summary_zh"))})
    private LocalizedText summary;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))})
    private LocalizedText description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "rules_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "rules_zh"))})
    private LocalizedText rules;

    @Column(name = "rules_version", nullable = false)
    private int rulesVersion;

    @Column(name = "rules_changed_at", nullable = false)
    private Instant rulesChangedAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "theme_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "theme_zh"))})
    private LocalizedText theme;

    @Column(name = "cover_key")
    private String coverKey;

    @Column(name = "cover_media_type")
    private String coverMediaType;

    @Column(nullable = false)
    private String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContestStatus status;

    @Column(name = "team_size_min", nullable = false)
    private int teamSizeMin;

    @Column(name = "team_size_max", nullable = false)
    private int teamSizeMax;

    /** The organiser's user id (account module); no foreign key, modules share ids, not tables. */
    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "contest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = CHILD_BATCH)
    private List<ContestTrack> tracks = new ArrayList<>();

    @OneToMany(mappedBy = "contest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = CHILD_BATCH)
    private List<ContestPrize> prizes = new ArrayList<>();

    @OneToMany(mappedBy = "contest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("opensAt")
    @BatchSize(size = CHILD_BATCH)
    private List<ContestPhase> phases = new ArrayList<>();

    protected Contest() {
    }

    public Contest(String slug, long ownerId, Instant now) {
        this.slug = slug;
        this.ownerId = ownerId;
        this.status = ContestStatus.DRAFT;
        this.zone = ContestRules.DEFAULT_ZONE.getId();
        this.teamSizeMin = ContestRules.TEAM_SIZE_MIN;
        this.teamSizeMax = DEFAULT_TEAM_SIZE_MAX;
        this.createdAt = now;
        this.updatedAt = now;
        this.rulesVersion = 1;
        this.rulesChangedAt = now;
    }

    /**
     * Applies an organiser's edit (already checked field by field). The timeline rules are enforced here, so no
     * path can store an invalid timeline; a published contest must stay publishable.
     */
    public void edit(ContestInput input, String newSlug, Instant now) {
        if (status == ContestStatus.ARCHIVED) {
            throw new UserFacingException("contest.error.archived");
        }
        Timeline timeline = Timeline.of(input.phases());
        this.slug = newSlug;
        this.title = input.title();
        this.summary = input.summary();
        this.description = input.description();
        LocalizedText previousRules = LocalizedText.orEmpty(rules);
        if (!previousRules.equals(LocalizedText.orEmpty(input.rules()))) {
            // the first rules text is version 1; every later change of it counts
            if (!previousRules.isEmpty()) {
                rulesVersion++;
            }
            rulesChangedAt = now;
        }
        this.rules = input.rules();
        this.theme = input.theme();
        this.zone = input.zone().getId();
        this.teamSizeMin = input.teamSizeMin();
        this.teamSizeMax = input.teamSizeMax();
        List<ContestTrack> orderedTracks = applyTracks(input.tracks());
        applyPrizes(input.prizes(), orderedTracks);
        applyTimeline(timeline);
        if (status == ContestStatus.PUBLISHED) {
            checkPublishable(timeline);
        }
        touch(now);
    }

    private List<ContestTrack> applyTracks(List<ContestInput.TrackInput> inputs) {
        Map<Long, ContestTrack> existing = new HashMap<>();
        tracks.forEach(track -> existing.put(track.getId(), track));
        List<ContestTrack> ordered = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ContestInput.TrackInput input = inputs.get(i);
            ContestTrack track = input.id() == null ? new ContestTrack(this) : existing.remove(input.id());
            if (track == null) {
                throw new NotFoundException();
            }
            track.update(i, input.name(), input.description());
            ordered.add(track);
        }
        tracks.clear();
        tracks.addAll(ordered);
        return ordered;
    }

    private void applyPrizes(List<ContestInput.PrizeInput> inputs, List<ContestTrack> orderedTracks) {
        Map<Long, ContestPrize> existing = new HashMap<>();
        prizes.forEach(prize -> existing.put(prize.getId(), prize));
        List<ContestPrize> ordered = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ContestInput.PrizeInput input = inputs.get(i);
            ContestPrize prize = input.id() == null ? new ContestPrize(this) : existing.remove(input.id());
            if (prize == null) {
                throw new NotFoundException();
            }
            ContestTrack track = input.trackIndex() == null ? null : orderedTracks.get(input.trackIndex());
            prize.update(i, input.title(), input.amount(), input.currency(), input.description(), track);
            ordered.add(prize);
        }
        prizes.clear();
        prizes.addAll(ordered);
    }

    private void applyTimeline(Timeline timeline) {
        Map<PhaseKind, ContestPhase> existing = new EnumMap<>(PhaseKind.class);
        phases.forEach(phase -> existing.put(phase.getKind(), phase));
        List<ContestPhase> updated = new ArrayList<>();
        for (PhaseWindow window : timeline.phases()) {
            ContestPhase phase = existing.computeIfAbsent(window.kind(), kind -> new ContestPhase(this, kind));
            phase.reschedule(window.opens(), window.closes());
            updated.add(phase);
        }
        phases.clear();
        phases.addAll(updated);
    }

    public void publish(Instant now) {
        if (status != ContestStatus.DRAFT) {
            throw new UserFacingException("contest.error.notDraft");
        }
        checkPublishable(timeline());
        status = ContestStatus.PUBLISHED;
        touch(now);
    }

    public void archive(Instant now) {
        if (status != ContestStatus.PUBLISHED) {
            throw new UserFacingException("contest.error.notPublished");
        }
        status = ContestStatus.ARCHIVED;
        touch(now);
    }

    private void checkPublishable(Timeline timeline) {
        if (!getTitle().isComplete()) {
            throw new UserFacingException("contest.error.publish.titles");
        }
        if (timeline.isEmpty()) {
            throw new UserFacingException("contest.error.publish.noPhase");
        }
    }

    /** Points the contest at a newly stored cover and returns the previous object's key, if any. */
    public Optional<String> replaceCover(String key, String mediaType, Instant now) {
        if (status == ContestStatus.ARCHIVED) {
            throw new UserFacingException("contest.error.archived");
        }
        Optional<String> previous = Optional.ofNullable(coverKey);
        this.coverKey = key;
        this.coverMediaType = key == null ? null : mediaType;
        touch(now);
        return previous;
    }

    /** Marks the aggregate changed even when only children changed, so its version moves on every edit. */
    private void touch(Instant now) {
        this.updatedAt = now;
    }

    public Timeline timeline() {
        return Timeline.of(phases.stream().map(ContestPhase::toWindow).toList());
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    public String getSlug() {
        return slug;
    }

    public LocalizedText getTitle() {
        return LocalizedText.orEmpty(title);
    }

    public LocalizedText getSummary() {
        return LocalizedText.orEmpty(summary);
    }

    public LocalizedText getDescription() {
        return LocalizedText.orEmpty(description);
    }

    public LocalizedText getRules() {
        return LocalizedText.orEmpty(rules);
    }

    public RulesVersion getRulesVersion() {
        return new RulesVersion(rulesVersion, rulesChangedAt);
    }

    public LocalizedText getTheme() {
        return LocalizedText.orEmpty(theme);
    }

    public String getCoverKey() {
        return coverKey;
    }

    public String getCoverMediaType() {
        return coverMediaType;
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    public ContestStatus getStatus() {
        return status;
    }

    public int getTeamSizeMin() {
        return teamSizeMin;
    }

    public int getTeamSizeMax() {
        return teamSizeMax;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ContestTrack> getTracks() {
        return List.copyOf(tracks);
    }

    public List<ContestPrize> getPrizes() {
        return List.copyOf(prizes);
    }
}
