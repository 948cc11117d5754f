package org.opencontest.community.internal.qa;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.persistence.LikePatterns;
import org.opencontest.shared.persistence.OffsetPageRequest;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.text.MarkdownRenderer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contest's Q&A board for everyone who may see the contest: its threads (searchable), a thread's posts and the FAQ
 * made of official answers, each read one page at a time in a constant number of queries. Signed-in users open
 * threads, reply (both rate-limited), follow threads and report posts. Hidden threads and posts exist only for the
 * contest's organisers and administrators: for anyone else a hidden thread is not found and a hidden post is absent.
 */
@Service
public class QuestionBoard {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final int MAX_REASON = 500;
    /** At most this many posts (threads and replies) per person within {@link #RATE_WINDOW}; organisers are exempt. */
    static final int RATE_LIMIT = 5;
    static final Duration RATE_WINDOW = Duration.ofMinutes(10);
    /** And at most this many within an hour, so that a patient flood is stopped too. */
    static final int HOURLY_LIMIT = 15;
    /** How long after posting its author may still edit a post (a question also later, while nobody replied). */
    static final Duration EDIT_WINDOW = Duration.ofMinutes(60);

    private final QuestionThreadRepository threads;
    private final QuestionPostRepository posts;
    private final QuestionFollowerRepository followers;
    private final QuestionReportRepository reports;
    private final QuestionPostRevisionRepository revisions;
    private final QuestionAuthors authors;
    private final QuestionMails mails;
    private final ContestService contests;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    QuestionBoard(QuestionThreadRepository threads, QuestionPostRepository posts, QuestionFollowerRepository followers,
                  QuestionReportRepository reports, QuestionPostRevisionRepository revisions, QuestionAuthors authors,
                  QuestionMails mails, ContestService contests, MarkdownRenderer markdown, Clock clock) {
        this.revisions = revisions;
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

    // ----- reading ----------------------------------------------------------------------------------------------

    /** The board of a contest the caller may see. */
    @PermitAll
    @Transactional(readOnly = true)
    public BoardHeader board(String contestSlug) {
        ContestPage contest = contests.page(contestSlug);
        return new BoardHeader(contest, CurrentUser.get().isPresent(), contests.canManage(contest.id()));
    }

    /** A page of the board's threads matching {@code search} (title or post, case-insensitive): pinned first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ThreadRow> threads(long contestId, String search, int offset, int limit) {
        boolean moderator = visibleContest(contestId);
        List<QuestionThread> page = threads.board(contestId, moderator, LikePatterns.contains(search),
                OffsetPageRequest.of(offset, limit));
        Map<Long, String> names = authors.names(page.stream().map(QuestionThread::getAuthorId).distinct().toList());
        return page.stream().map(t -> new ThreadRow(t.getId(), t.getTitle(), names.get(t.getAuthorId()),
                t.getReplyCount(), t.getLastPostAt(), t.isPinned(), t.isLocked(), t.isHidden())).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int countThreads(long contestId, String search) {
        boolean moderator = visibleContest(contestId);
        return (int) threads.countBoard(contestId, moderator, LikePatterns.contains(search));
    }

    /** A thread of the contest with this slug (a thread id under another contest's slug is not found). */
    @PermitAll
    @Transactional(readOnly = true)
    public ThreadDetail thread(String contestSlug, long threadId) {
        QuestionThread thread = readable(threadId);
        ContestPage contest = contests.page(thread.getContestId());
        if (!contest.slug().equals(contestSlug)) {
            throw new NotFoundException();
        }
        boolean moderator = contests.canManage(contest.id());
        boolean signedIn = CurrentUser.get().isPresent();
        boolean following = signedIn
                && followers.existsById(new QuestionFollower.Key(threadId, CurrentUser.requireId()));
        return new ThreadDetail(thread.getId(), thread.getVersion(), contest.id(), contest.slug(), thread.getTitle(),
                thread.isPinned(), thread.isLocked(), thread.getHiddenReason(), signedIn, following, moderator,
                signedIn && (moderator || !thread.isLocked()));
    }

    /** A page of a thread's posts, the opening post first, then the replies oldest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PostRow> posts(long threadId, int offset, int limit) {
        QuestionThread thread = readable(threadId);
        boolean moderator = contests.canManage(thread.getContestId());
        List<QuestionPost> page = posts.inThread(threadId, moderator, OffsetPageRequest.of(offset, limit));
        Map<Long, String> names = authors.names(page.stream().map(QuestionPost::getAuthorId).distinct().toList());
        Long viewer = CurrentUser.get().map(user -> user.userId()).orElse(null);
        return page.stream().map(p -> new PostRow(p.getId(), p.getVersion(), p.isOpening(),
                names.get(p.getAuthorId()), markdown.toSafeHtml(p.getBody()), p.getCreatedAt(),
                p.getOfficialAt() != null, p.getHiddenReason(), p.getEditedAt(),
                viewer != null && mayEdit(p, thread, viewer, moderator) ? p.getBody() : null)).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int countPosts(long threadId) {
        QuestionThread thread = readable(threadId);
        return (int) posts.countInThread(threadId, contests.canManage(thread.getContestId()));
    }

    /** A page of the contest's FAQ: the official answers of visible threads, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<FaqEntry> faq(long contestId, int offset, int limit) {
        visibleContest(contestId);
        return posts.faq(contestId, OffsetPageRequest.of(offset, limit)).stream()
                .map(row -> new FaqEntry(row.threadId(), row.title(), markdown.toSafeHtml(row.body()),
                        row.officialAt()))
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int countFaq(long contestId) {
        visibleContest(contestId);
        return (int) posts.countFaq(contestId);
    }

    // ----- writing ----------------------------------------------------------------------------------------------

    /** Opens a thread (the caller follows it); returns its id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long open(long contestId, String title, String body) {
        visibleContest(contestId);
        String cleanTitle = text(title, MAX_TITLE, "community.qa.error.titleRequired",
                "community.qa.error.titleTooLong");
        String cleanBody = text(body, MAX_BODY, "community.qa.error.bodyRequired", "community.qa.error.bodyTooLong");
        long author = CurrentUser.requireId();
        withinRateLimit(contestId, author);
        QuestionThread thread = threads.saveAndFlush(new QuestionThread(contestId, cleanTitle, author, now()));
        posts.save(new QuestionPost(thread, true, author, cleanBody, now()));
        follow(thread.getId(), author);
        return thread.getId();
    }

    /** Replies to an open thread (the caller follows it) and notifies the other followers; returns the post id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long reply(long threadId, String body) {
        QuestionThread thread = readable(threadId);
        boolean moderator = contests.canManage(thread.getContestId());
        if (thread.isLocked() && !moderator) {
            throw new UserFacingException("community.qa.error.locked");
        }
        String cleanBody = text(body, MAX_BODY, "community.qa.error.bodyRequired", "community.qa.error.bodyTooLong");
        long author = CurrentUser.requireId();
        withinRateLimit(thread.getContestId(), author);
        QuestionPost reply = posts.saveAndFlush(new QuestionPost(thread, false, author, cleanBody, now()));
        threads.countReply(threadId, 1, reply.getCreatedAt());
        mails.replied(contests.page(thread.getContestId()), thread, reply, followers.followersOf(threadId));
        follow(threadId, author);
        return reply.getId();
    }

    /**
     * Replaces a post's text, keeping the old one as a revision; the page then marks the post "edited". Its author
     * edits a reply within {@link #EDIT_WINDOW} of posting and a question within that window or until it has a reply;
     * the contest's organisers edit official answers at any time. An unchanged text (a double submit) changes nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void edit(long postId, long expectedVersion, String body) {
        QuestionPost post = posts.findById(postId).orElseThrow(NotFoundException::new);
        QuestionThread thread = readable(post.getThreadId());
        boolean moderator = contests.canManage(thread.getContestId());
        if (post.isHidden() && !moderator) {
            throw new NotFoundException();
        }
        long editor = CurrentUser.requireId();
        String cleanBody = text(body, MAX_BODY, "community.qa.error.bodyRequired", "community.qa.error.bodyTooLong");
        if (cleanBody.equals(post.getBody())) {
            return;
        }
        if (!mayEdit(post, thread, editor, moderator)) {
            throw new UserFacingException("community.qa.error.editClosed", EDIT_WINDOW.toMinutes());
        }
        if (post.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        revisions.save(new QuestionPostRevision(post.getId(), post.getBody(), editor, now()));
        post.rewrite(cleanBody, now());
        posts.saveAndFlush(post);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(long threadId, boolean follow) {
        readable(threadId);
        long user = CurrentUser.requireId();
        if (follow) {
            follow(threadId, user);
        } else {
            followers.unfollow(threadId, user);
        }
    }

    /** Reports a post the caller can see to the contest's moderators, once per person and post. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void report(long postId, String reason) {
        QuestionPost post = posts.findById(postId).orElseThrow(NotFoundException::new);
        QuestionThread thread = readable(post.getThreadId());
        if (post.isHidden() && !contests.canManage(thread.getContestId())) {
            throw new NotFoundException();
        }
        String cleanReason = text(reason, MAX_REASON, "community.qa.error.reasonRequired",
                "community.qa.error.reasonTooLong");
        long reporter = CurrentUser.requireId();
        if (reports.existsByPostIdAndReporterId(postId, reporter)) {
            throw new UserFacingException("community.qa.error.alreadyReported");
        }
        reports.save(new QuestionReport(post, reporter, cleanReason, now()));
    }

    // ----- rules ------------------------------------------------------------------------------------------------

    /** The contest must be visible to the caller; answers whether the caller moderates it. */
    private boolean visibleContest(long contestId) {
        contests.page(contestId);
        return contests.canManage(contestId);
    }

    /** A thread of a contest the caller may see; a hidden one only for the contest's moderators. */
    private QuestionThread readable(long threadId) {
        QuestionThread thread = threads.findById(threadId).orElseThrow(NotFoundException::new);
        contests.page(thread.getContestId());
        if (thread.isHidden() && !contests.canManage(thread.getContestId())) {
            throw new NotFoundException();
        }
        return thread;
    }

    /**
     * Organisers edit official answers; authors edit their own visible, unofficial post within the window, and their
     * question also later while nobody has replied, unless the thread is locked.
     */
    private boolean mayEdit(QuestionPost post, QuestionThread thread, long user, boolean moderator) {
        if (moderator && post.getOfficialAt() != null) {
            return true;
        }
        if (post.getAuthorId() != user || post.isHidden() || post.getOfficialAt() != null || thread.isLocked()) {
            return false;
        }
        boolean recent = now().isBefore(post.getCreatedAt().plus(EDIT_WINDOW));
        return recent || (post.isOpening() && thread.getReplyCount() == 0);
    }

    private void follow(long threadId, long userId) {
        if (!followers.existsById(new QuestionFollower.Key(threadId, userId))) {
            followers.save(new QuestionFollower(threadId, userId));
        }
    }

    /**
     * Refuses a flood: more than {@link #RATE_LIMIT} posts within {@link #RATE_WINDOW}, or more than
     * {@link #HOURLY_LIMIT} within an hour (moderators excepted).
     */
    private void withinRateLimit(long contestId, long author) {
        if (contests.canManage(contestId)) {
            return;
        }
        if (posts.countByAuthorIdAndCreatedAtAfter(author, now().minus(RATE_WINDOW)) >= RATE_LIMIT) {
            throw new UserFacingException("community.qa.error.rateLimited", RATE_LIMIT, RATE_WINDOW.toMinutes());
        }
        if (posts.countByAuthorIdAndCreatedAtAfter(author, now().minus(Duration.ofHours(1))) >= HOURLY_LIMIT) {
            throw new UserFacingException("community.qa.error.hourlyLimit", HOURLY_LIMIT);
        }
    }

    /** Stripped text that is neither blank nor longer than {@code max}. */
    static String text(String value, int max, String requiredKey, String tooLongKey) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException(requiredKey);
        }
        if (clean.length() > max) {
            throw new UserFacingException(tooLongKey, max);
        }
        return clean;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
