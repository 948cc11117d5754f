package org.opencontest.community.internal;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.persistence.BaseEntity;

/** A contest's announcement: bilingual title and markdown body, its publication state and whether it is pinned. */
@Entity
@Table(name = "community_announcement")
class Announcement extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "title_zh", nullable = false))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "body_en", nullable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "body_zh", nullable = false))})
    private LocalizedText body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnnouncementStatus status;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "edited_after_publish_at")
    private Instant editedAfterPublishAt;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Announcement() {
    }

    Announcement(long contestId, LocalizedText title, LocalizedText body, long authorId, String authorName,
                 Instant now) {
        this.contestId = contestId;
        this.title = title;
        this.body = body;
        this.status = AnnouncementStatus.DRAFT;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = now;
    }

    /** New texts; on a published announcement the edit is recorded (the page marks it, teams get a notice). */
    void rewrite(LocalizedText newTitle, LocalizedText newBody, Instant now) {
        this.title = newTitle;
        this.body = newBody;
        if (status == AnnouncementStatus.PUBLISHED) {
            editedAfterPublishAt = now;
        }
    }

    void schedule(Instant at) {
        status = AnnouncementStatus.SCHEDULED;
        publishAt = at;
    }

    void unschedule() {
        status = AnnouncementStatus.DRAFT;
        publishAt = null;
    }

    void publish(Instant now) {
        status = AnnouncementStatus.PUBLISHED;
        publishedAt = now;
    }

    void pin(boolean value) {
        this.pinned = value;
    }

    long getContestId() {
        return contestId;
    }

    LocalizedText getTitle() {
        return title;
    }

    LocalizedText getBody() {
        return body;
    }

    AnnouncementStatus getStatus() {
        return status;
    }

    Instant getPublishAt() {
        return publishAt;
    }

    boolean isPinned() {
        return pinned;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getEditedAfterPublishAt() {
        return editedAfterPublishAt;
    }

    String getAuthorName() {
        return authorName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
