package org.opencontest.community.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.text.MarkdownRenderer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contest's announcements. Only the contest's organisers (its owner) and administrators write, schedule, publish
 * and pin them; anyone who may see the contest reads the published ones. An announcement or contest the caller may
 * not manage answers {@link NotFoundException}, like a missing one. Publishing mails every member of the contest's
 * registered teams and every follower outside them (once each, by their notification preferences) in their
 * language; an edit after that sends a short correction notice instead of a second mail.
 */
@Service
public class Announcements {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;

    private final AnnouncementRepository announcements;
    private final ContestService contests;
    private final ContestReaders audience;
    private final AnnouncementMails mails;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    Announcements(AnnouncementRepository announcements, ContestService contests, ContestReaders audience,
                  AnnouncementMails mails, MarkdownRenderer markdown, Clock clock) {
        this.announcements = announcements;
        this.contests = contests;
        this.audience = audience;
        this.mails = mails;
        this.markdown = markdown;
        this.clock = clock;
    }

    // ----- organisers -------------------------------------------------------------------------------------------

    /** The contest as its organiser sees it (drafts included), for the editor's heading. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ContestPage contest(long contestId) {
        requireManaged(contestId);
        return contests.page(contestId);
    }

    /** Every announcement of the contest, newest first. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<AnnouncementRow> list(long contestId) {
        requireManaged(contestId);
        return announcements.findByContestIdOrderByCreatedAtDescIdDesc(contestId).stream().map(Announcements::row)
                .toList();
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public AnnouncementRow get(long id) {
        return row(managed(id));
    }

    /** How many people publishing would mail: the members of the contest's registered teams and its followers. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public int audienceSize(long contestId) {
        requireManaged(contestId);
        return audience.of(contestId).size();
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public AnnouncementRow create(long contestId, AnnouncementInput input) {
        requireManaged(contestId);
        AnnouncementInput clean = validate(input);
        AppPrincipal author = CurrentUser.require();
        return row(announcements.saveAndFlush(new Announcement(contestId, clean.title(), clean.body(),
                author.userId(), author.displayName(), now())));
    }

    /**
     * Saves new texts. A published announcement stays published, is marked as edited, and its readers get a short
     * correction notice (not the whole announcement again).
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public AnnouncementRow update(long id, long expectedVersion, AnnouncementInput input) {
        Announcement announcement = managed(id, expectedVersion);
        AnnouncementInput clean = validate(input);
        if (clean.equals(new AnnouncementInput(announcement.getTitle(), announcement.getBody()))) {
            return row(announcement);
        }
        announcement.rewrite(clean.title(), clean.body(), now());
        Announcement saved = announcements.saveAndFlush(announcement);
        if (saved.getStatus() == AnnouncementStatus.PUBLISHED) {
            mails.corrected(contests.page(saved.getContestId()), saved,
                    audience.of(saved.getContestId()));
        }
        return row(saved);
    }

    /** Publishes the announcement at {@code at} (a future instant), unless it is published before. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public AnnouncementRow schedule(long id, long expectedVersion, Instant at) {
        Announcement announcement = notYetPublished(managed(id, expectedVersion));
        if (at == null || !at.isAfter(now())) {
            throw new UserFacingException("community.announcement.error.scheduleInPast");
        }
        announcement.schedule(at.truncatedTo(ChronoUnit.MICROS));
        return row(announcements.saveAndFlush(announcement));
    }

    /** Takes a scheduled announcement back to a draft. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public AnnouncementRow unschedule(long id, long expectedVersion) {
        Announcement announcement = notYetPublished(managed(id, expectedVersion));
        announcement.unschedule();
        return row(announcements.saveAndFlush(announcement));
    }

    /** Publishes now and mails the contest's teams; returns how many people were mailed. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public int publish(long id, long expectedVersion) {
        return publishNow(notYetPublished(managed(id, expectedVersion)));
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public AnnouncementRow pin(long id, long expectedVersion, boolean pinned) {
        Announcement announcement = managed(id, expectedVersion);
        announcement.pin(pinned);
        return row(announcements.saveAndFlush(announcement));
    }

    /**
     * Publishes the scheduled announcements whose time has come (by the application clock), for the scheduled job
     * (which runs as the system, an administrator). Returns how many were published.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public int publishDue() {
        List<Announcement> due = announcements.findTop100ByStatusAndPublishAtLessThanEqualOrderByPublishAtAscIdAsc(
                AnnouncementStatus.SCHEDULED, now());
        due.forEach(this::publishNow);
        return due.size();
    }

    // ----- visitors ---------------------------------------------------------------------------------------------

    /** The published announcements of a contest the caller may see: pinned first, then newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PublishedAnnouncement> published(long contestId) {
        ContestPage contest = contests.page(contestId);
        return visible(contest.id());
    }

    /**
     * The contest and its published announcements for the Atom feed: only for published or archived contests (a
     * draft's feed does not exist, even for its organiser).
     */
    @PermitAll
    @Transactional(readOnly = true)
    public AnnouncementFeed feed(String slug) {
        ContestPage contest = contests.page(slug);
        if (!contest.status().isPublic()) {
            throw new NotFoundException();
        }
        return new AnnouncementFeed(contest, visible(contest.id()));
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private List<PublishedAnnouncement> visible(long contestId) {
        return announcements.findByContestIdAndStatusOrderByPinnedDescPublishedAtDescIdDesc(contestId,
                AnnouncementStatus.PUBLISHED).stream()
                .map(a -> new PublishedAnnouncement(a.getId(), a.getTitle(), markdown.toSafeHtml(a.getBody()),
                        a.isPinned(), a.getPublishedAt(), a.getEditedAfterPublishAt()))
                .toList();
    }

    private int publishNow(Announcement announcement) {
        announcement.publish(now());
        Announcement saved = announcements.saveAndFlush(announcement);
        var readers = audience.of(saved.getContestId());
        mails.published(contests.page(saved.getContestId()), saved, readers);
        return readers.size();
    }

    /** The clock's instant at the database's precision, so that what a method returns equals what it stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
    }

    private Announcement managed(long id) {
        Announcement announcement = announcements.findById(id).orElseThrow(NotFoundException::new);
        requireManaged(announcement.getContestId());
        return announcement;
    }

    /** The announcement as the organiser saw it: a change quoting an older version is refused. */
    private Announcement managed(long id, long expectedVersion) {
        Announcement announcement = managed(id);
        if (announcement.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        return announcement;
    }

    private static Announcement notYetPublished(Announcement announcement) {
        if (announcement.getStatus() == AnnouncementStatus.PUBLISHED) {
            throw new UserFacingException("community.announcement.error.alreadyPublished");
        }
        return announcement;
    }

    /** A title and a body in at least one language; neither side longer than its limit. */
    static AnnouncementInput validate(AnnouncementInput input) {
        LocalizedText title = input.title();
        LocalizedText body = input.body();
        if (title.isEmpty()) {
            throw new UserFacingException("community.announcement.error.titleRequired");
        }
        if (body.isEmpty()) {
            throw new UserFacingException("community.announcement.error.bodyRequired");
        }
        if (title.en().length() > MAX_TITLE || title.zh().length() > MAX_TITLE) {
            throw new UserFacingException("community.announcement.error.titleTooLong", MAX_TITLE);
        }
        if (body.en().length() > MAX_BODY || body.zh().length() > MAX_BODY) {
            throw new UserFacingException("community.announcement.error.bodyTooLong", MAX_BODY);
        }
        return input;
    }

    private static AnnouncementRow row(Announcement a) {
        return new AnnouncementRow(a.getId(), a.getVersion(), a.getContestId(), a.getStatus(), a.getTitle(),
                a.getBody(), a.isPinned(), a.getPublishAt(), a.getPublishedAt(), a.getEditedAfterPublishAt(),
                a.getAuthorName(), a.getCreatedAt());
    }
}
