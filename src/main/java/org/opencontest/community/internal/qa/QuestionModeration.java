package org.opencontest.community.internal.qa;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.community.internal.ContestReaders;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.text.MarkdownRenderer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of a contest's Q&A board, for its organisers (the contest's owner) and administrators only: hide and
 * show posts (hiding the opening post hides the thread), lock and pin threads, mark official answers (which notify
 * the thread's followers and join the FAQ), and work through the queue of abuse reports. Every change quotes the
 * version the moderator saw, so two moderators acting at once cannot silently undo each other; a thread or post of
 * a contest the caller does not organise is not found.
 */
@Service
public class QuestionModeration {

    private final QuestionThreadRepository threads;
    private final QuestionPostRepository posts;
    private final QuestionFollowerRepository followers;
    private final QuestionReportRepository reports;
    private final QuestionAuthors authors;
    private final QuestionMails mails;
    private final ContestService contests;
    private final MarkdownRenderer markdown;
    private final ContestReaders contestFollowers;
    private final Clock clock;

    QuestionModeration(QuestionThreadRepository threads, QuestionPostRepository posts,
                       QuestionFollowerRepository followers, QuestionReportRepository reports, QuestionAuthors authors,
                       QuestionMails mails, ContestService contests, MarkdownRenderer markdown,
                       ContestReaders contestFollowers, Clock clock) {
        this.contestFollowers = contestFollowers;
        this.threads = threads;
        this.posts = posts;
        this.followers = followers;
        this.reports = reports;
        this.authors = authors;
        this.mails = mails;
        this.contests = contests;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** The contest as its organiser sees it, for the moderation page's heading. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ContestPage contest(long contestId) {
        requireManaged(contestId);
        return contests.page(contestId);
    }

    /** Hides a post with a reason (the opening post takes its thread along) and resolves the post's reports. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void hide(long postId, long expectedVersion, String reason) {
        QuestionPost post = managedPost(postId, expectedVersion);
        String cleanReason = QuestionBoard.text(reason, QuestionBoard.MAX_REASON,
                "community.qa.error.hideReasonRequired", "community.qa.error.reasonTooLong");
        if (post.isHidden()) {
            return;
        }
        post.hide(cleanReason, now());
        posts.saveAndFlush(post);
        reports.resolveAllOf(postId, now());
        if (post.isOpening()) {
            QuestionThread thread = threads.findById(post.getThreadId()).orElseThrow(NotFoundException::new);
            thread.hide(cleanReason);
            threads.saveAndFlush(thread);
        } else {
            threads.countReply(post.getThreadId(), -1, post.getCreatedAt());
        }
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void unhide(long postId, long expectedVersion) {
        QuestionPost post = managedPost(postId, expectedVersion);
        if (!post.isHidden()) {
            return;
        }
        post.unhide();
        posts.saveAndFlush(post);
        if (post.isOpening()) {
            QuestionThread thread = threads.findById(post.getThreadId()).orElseThrow(NotFoundException::new);
            thread.hide(null);
            threads.saveAndFlush(thread);
        } else {
            threads.countReply(post.getThreadId(), 1, post.getCreatedAt());
        }
    }

    /**
     * Marks a visible reply as the thread's official answer (it joins the FAQ; the thread's and the contest's
     * followers hear of it, except the moderator) or takes the mark back.
     */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void markOfficial(long postId, long expectedVersion, boolean official) {
        QuestionPost post = managedPost(postId, expectedVersion);
        if (post.isOpening()) {
            throw new UserFacingException("community.qa.error.officialOpening");
        }
        if (post.isHidden() && official) {
            throw new UserFacingException("community.qa.error.officialHidden");
        }
        if (official == (post.getOfficialAt() != null)) {
            return;
        }
        post.markOfficial(official ? now() : null);
        posts.saveAndFlush(post);
        if (official) {
            QuestionThread thread = threads.findById(post.getThreadId()).orElseThrow(NotFoundException::new);
            List<Long> readers = Stream.concat(followers.followersOf(thread.getId()).stream(),
                    contestFollowers.followerIds(post.getContestId()).stream()).distinct().toList();
            mails.answered(contests.page(post.getContestId()), thread, post, readers, CurrentUser.requireId());
        }
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void lock(long threadId, long expectedVersion, boolean locked) {
        QuestionThread thread = managedThread(threadId, expectedVersion);
        thread.lock(locked);
        threads.saveAndFlush(thread);
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void pin(long threadId, long expectedVersion, boolean pinned) {
        QuestionThread thread = managedThread(threadId, expectedVersion);
        thread.pin(pinned);
        threads.saveAndFlush(thread);
    }

    /** A page of the contest's open abuse reports, oldest first. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ReportRow> reports(long contestId, int offset, int limit) {
        requireManaged(contestId);
        List<ReportQueueRow> page = reports.queue(contestId, OffsetPageRequest.of(offset, limit));
        Map<Long, String> names = authors.names(page.stream()
                .flatMap(row -> Stream.of(row.reporterId(), row.authorId())).distinct().toList());
        return page.stream().map(row -> new ReportRow(row.reportId(), row.reason(), row.reportedAt(),
                names.get(row.reporterId()), row.postId(), row.postVersion(), names.get(row.authorId()),
                markdown.toSafeHtml(row.body()), row.postHidden(), row.threadId(), row.threadTitle())).toList();
    }

    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public int countReports(long contestId) {
        requireManaged(contestId);
        return (int) reports.countByContestIdAndResolvedAtIsNull(contestId);
    }

    /** Closes a report without acting on the post. */
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    @Transactional
    public void dismiss(long reportId) {
        QuestionReport report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        requireManaged(report.getContestId());
        if (!report.isResolved()) {
            report.resolve(now());
            reports.saveAndFlush(report);
        }
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    private void requireManaged(long contestId) {
        if (!contests.canManage(contestId)) {
            throw new NotFoundException();
        }
    }

    private QuestionPost managedPost(long postId, long expectedVersion) {
        QuestionPost post = posts.findById(postId).orElseThrow(NotFoundException::new);
        requireManaged(post.getContestId());
        requireVersion(post.getVersion(), expectedVersion);
        return post;
    }

    private QuestionThread managedThread(long threadId, long expectedVersion) {
        QuestionThread thread = threads.findById(threadId).orElseThrow(NotFoundException::new);
        requireManaged(thread.getContestId());
        requireVersion(thread.getVersion(), expectedVersion);
        return thread;
    }

    /** The item as the moderator saw it: a change quoting an older version is refused. */
    private static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new UserFacingException("error.concurrentEdit");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
