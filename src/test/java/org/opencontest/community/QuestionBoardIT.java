package org.opencontest.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.opencontest.community.internal.ContestFollowers;
import org.opencontest.account.RecordedMails;
import org.opencontest.account.internal.AccountAdministration;
import org.opencontest.account.internal.UserSummary;
import org.opencontest.community.internal.qa.FaqEntry;
import org.opencontest.community.internal.qa.PostRow;
import org.opencontest.community.internal.qa.QuestionBoard;
import org.opencontest.community.internal.qa.QuestionModeration;
import org.opencontest.community.internal.qa.ReportRow;
import org.opencontest.community.internal.qa.ThreadDetail;
import org.opencontest.community.internal.qa.ThreadRow;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.MailRequested;
import org.opencontest.notification.RealAccounts;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.notification.internal.NotificationCategory;
import org.opencontest.notification.internal.NotificationCentre;
import org.opencontest.notification.internal.NotificationRow;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.MovableClock;
import org.opencontest.support.ThreadStatements;
import org.opencontest.team.TeamFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A contest's Q&A board through the real services, database, notification centre and SMTP server: posting, official
 * answers into the FAQ, followers notified (never the author of the news), moderation by that contest's organisers
 * only, abuse reports, the rate limit, hostile input, search with LIKE wildcards, former members, and a page view's
 * statement count that does not grow with the board.
 */
class QuestionBoardIT extends IntegrationTest {

    @Autowired
    QuestionBoard board;
    @Autowired
    QuestionModeration moderation;
    @Autowired
    ContestService contests;
    @Autowired
    RealAccounts accounts;
    @Autowired
    RecordedMails mails;
    @Autowired
    EmbeddedMailServer smtp;
    @Autowired
    NotificationCentre centre;
    @Autowired
    AccountAdministration administration;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContestFollowers followers;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal participant = person(Role.PARTICIPANT);

    ContestEditState contest(AppPrincipal owner) {
        return TeamFixtures.publishedContest(contests, owner, clock.instant());
    }

    static void run(AppPrincipal who, Runnable work) {
        as(who, () -> {
            work.run();
            return null;
        });
    }

    @Test
    void repliesAndOfficialAnswersReachTheFollowersButNeverTheirAuthorAndOfficialAnswersMakeTheFaq() throws Exception {
        AppPrincipal host = accounts.create(Role.ORGANISER, SupportedLocales.ENGLISH);
        AppPrincipal asker = accounts.create(Role.PARTICIPANT, SupportedLocales.ENGLISH);
        AppPrincipal helper = accounts.create(Role.PARTICIPANT, SupportedLocales.CHINESE);
        AppPrincipal reader = accounts.create(Role.PARTICIPANT, SupportedLocales.ENGLISH);
        ContestEditState contest = contest(host);

        long thread = as(asker, () -> board.open(contest.id(), "Is the GPS column in WGS-84?",
                "The **trajectories** file has `lon`/`lat`."));
        run(reader, () -> board.follow(thread, true));
        as(helper, () -> board.reply(thread, "我认为是 WGS-84。"));

        assertThat(mails.to(asker.email(), "community.qa-reply")).hasSize(1);
        assertThat(mails.to(reader.email(), "community.qa-reply")).hasSize(1);
        assertThat(mails.to(helper.email(), "community.qa-reply")).as("not the reply's author").isEmpty();
        MailRequested toAsker = mails.to(asker.email(), "community.qa-reply").get(0);
        assertThat(toAsker.model().get("link"))
                .endsWith("/contests/" + contest.input().slug() + "/questions/" + thread);
        assertThat(toAsker.model().get("author")).isEqualTo(helper.displayName());

        run(reader, () -> board.follow(thread, false));
        long answer = as(host, () -> board.reply(thread, "Yes: WGS-84, see the data dictionary."));
        PostRow official = as(host, () -> board.posts(thread, 0, 10)).stream()
                .filter(post -> post.id() == answer).findFirst().orElseThrow();
        run(host, () -> moderation.markOfficial(answer, official.version(), true));

        assertThat(mails.to(asker.email(), "community.qa-official")).hasSize(1);
        assertThat(mails.to(helper.email(), "community.qa-official")).as("a replier follows").hasSize(1);
        assertThat(mails.to(reader.email(), "community.qa-official")).as("unfollowed").isEmpty();
        assertThat(mails.to(host.email(), "community.qa-official")).as("not the moderator").isEmpty();
        assertThat(mails.to(reader.email(), "community.qa-reply")).hasSize(1);

        List<FaqEntry> faq = anonymously(() -> board.faq(contest.id(), 0, 10));
        assertThat(faq).singleElement().satisfies(entry -> {
            assertThat(entry.threadId()).isEqualTo(thread);
            assertThat(entry.title()).isEqualTo("Is the GPS column in WGS-84?");
            assertThat(entry.answerHtml()).contains("WGS-84, see the data dictionary.");
        });
        assertThat(anonymously(() -> board.posts(thread, 0, 10))).extracting(PostRow::official)
                .containsExactly(false, false, true);

        // the helper heard of the organiser's reply and of the official answer, in Chinese, in the centre
        await().atMost(Duration.ofSeconds(30)).until(() -> as(helper, () -> centre.page(0, 10)).size() == 2);
        List<NotificationRow> helperCentre = as(helper, () -> centre.page(0, 10));
        assertThat(helperCentre).extracting(NotificationRow::category).containsOnly(NotificationCategory.QUESTIONS);
        assertThat(helperCentre).extracting(NotificationRow::title)
                .anySatisfy(title -> assertThat(title).contains("官方答复"))
                .anySatisfy(title -> assertThat(title).contains("新回复"));
        assertThat(helperCentre).extracting(NotificationRow::link).allSatisfy(link -> assertThat(link)
                .endsWith("/questions/" + thread));
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> smtp.receivedMessagesFor(asker.email()).stream()
                        .anyMatch(message -> subject(message).contains("Official answer: Is the GPS column")));
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hostileOrOversizedInputIsRefusedOrSanitisedAndChangesNothing() {
        ContestEditState contest = contest(organiser);
        long thread = as(participant, () -> board.open(contest.id(), "<b>Title</b>",
                "**ok**\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1))\n\n"
                        + "text <img src=x onerror=alert(1)>"));
        String html = anonymously(() -> board.posts(thread, 0, 1)).get(0).html();
        assertThat(html).contains("<strong>ok</strong>", "click").doesNotContain("<script", "<img", "javascript:");
        assertThat(anonymously(() -> board.threads(contest.id(), "", 0, 10)).get(0).title()).isEqualTo("<b>Title</b>");

        String hundredKilobytes = "x".repeat(100 * 1024);
        refused(() -> as(participant, () -> board.reply(thread, hundredKilobytes)), "community.qa.error.bodyTooLong");
        refused(() -> as(participant, () -> board.open(contest.id(), "Big", hundredKilobytes)),
                "community.qa.error.bodyTooLong");
        refused(() -> as(participant, () -> board.open(contest.id(), "  ", "body")),
                "community.qa.error.titleRequired");
        refused(() -> as(participant, () -> board.open(contest.id(), "t".repeat(201), "body")),
                "community.qa.error.titleTooLong");
        refused(() -> as(participant, () -> board.reply(thread, " \n ")), "community.qa.error.bodyRequired");

        assertThat(anonymously(() -> board.countThreads(contest.id(), ""))).isEqualTo(1);
        assertThat(anonymously(() -> board.countPosts(thread))).isEqualTo(1);
        assertThatThrownBy(() -> anonymously(() -> board.open(contest.id(), "t", "b")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void oneAccountCannotFloodTheBoardButTheOrganisersMayAnswerAtAnyPace() {
        ContestEditState contest = contest(organiser);
        long thread = as(participant, () -> board.open(contest.id(), "Flood", "first"));
        IntStream.range(0, 4).forEach(i -> as(participant, () -> board.reply(thread, "reply " + i)));

        UserFacingException refusal = refused(() -> as(participant, () -> board.reply(thread, "sixth")),
                "community.qa.error.rateLimited");
        assertThat(refusal.getArguments()).containsExactly(5, 10L);
        refused(() -> as(participant, () -> board.open(contest.id(), "Another", "body")),
                "community.qa.error.rateLimited");
        IntStream.range(0, 7).forEach(i -> as(organiser, () -> board.reply(thread, "answer " + i)));
        assertThat(anonymously(() -> board.countPosts(thread))).isEqualTo(1 + 4 + 7);

        clock.advance(Duration.ofMinutes(11));
        as(participant, () -> board.reply(thread, "after a pause"));
        assertThat(anonymously(() -> board.threads(contest.id(), "", 0, 1)).get(0).replies()).isEqualTo(4 + 7 + 1);

        // a patient flood, five posts every eleven minutes, meets the hourly limit at fifteen
        clock.advance(Duration.ofMinutes(11));
        IntStream.range(0, 5).forEach(i -> as(participant, () -> board.reply(thread, "second burst " + i)));
        clock.advance(Duration.ofMinutes(11));
        IntStream.range(0, 4).forEach(i -> as(participant, () -> board.reply(thread, "third burst " + i)));
        UserFacingException hourly = refused(() -> as(participant, () -> board.reply(thread, "sixteenth")),
                "community.qa.error.hourlyLimit");
        assertThat(hourly.getArguments()).containsExactly(15);
        clock.advance(Duration.ofMinutes(61));
        as(participant, () -> board.reply(thread, "an hour later"));
    }

    @Test
    void authorsEditWithinTheWindowOrganisersTheirOfficialAnswersAnytimeAndEveryEarlierTextIsKept() {
        ContestEditState contest = contest(organiser);
        AppPrincipal other = person(Role.PARTICIPANT);
        AppPrincipal contestFollower = accounts.create(Role.PARTICIPANT, SupportedLocales.ENGLISH);
        as(contestFollower, () -> followers.follow(contest.id()));
        long thread = as(participant, () -> board.open(contest.id(), "Units?", "Is speed in km/h?"));
        PostRow question = as(participant, () -> board.posts(thread, 0, 10)).get(0);
        assertThat(question.editable()).isTrue();
        assertThat(question.markdown()).isEqualTo("Is speed in km/h?");
        assertThat(as(other, () -> board.posts(thread, 0, 10)).get(0).markdown()).as("not theirs").isNull();
        assertThat(anonymously(() -> board.posts(thread, 0, 10)).get(0).editable()).isFalse();
        refused(() -> as(other, () -> {
            board.edit(question.id(), question.version(), "hijacked");
            return null;
        }), "community.qa.error.editClosed");
        assertThatThrownBy(() -> anonymously(() -> {
            board.edit(question.id(), question.version(), "x");
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        run(participant, () -> board.edit(question.id(), question.version(), "Is speed in **km/h** or mph?"));
        run(participant, () -> board.edit(question.id(), question.version(), "Is speed in **km/h** or mph?"));
        PostRow edited = anonymously(() -> board.posts(thread, 0, 10)).get(0);
        assertThat(edited.editedAt()).as("a double submit is one edit").isNotNull();
        assertThat(edited.html()).contains("<strong>km/h</strong>");
        refused(() -> as(participant, () -> {
            board.edit(question.id(), question.version(), "stale");
            return null;
        }), "error.concurrentEdit");

        clock.advance(Duration.ofMinutes(61));
        PostRow unanswered = as(participant, () -> board.posts(thread, 0, 10)).get(0);
        assertThat(unanswered.editable()).as("a question stays editable until someone replies").isTrue();
        long reply = as(other, () -> board.reply(thread, "km/h, I think."));
        assertThat(as(participant, () -> board.posts(thread, 0, 10)).get(0).editable()).isFalse();
        refused(() -> as(participant, () -> {
            board.edit(question.id(), unanswered.version(), "changed after the answer");
            return null;
        }), "community.qa.error.editClosed");
        PostRow fresh = as(other, () -> board.posts(thread, 0, 10)).get(1);
        run(other, () -> board.edit(reply, fresh.version(), "km/h, says the data dictionary."));
        clock.advance(Duration.ofMinutes(61));
        assertThat(as(other, () -> board.posts(thread, 0, 10)).get(1).editable()).as("the window closed").isFalse();

        long answer = as(organiser, () -> board.reply(thread, "Speed is in km/h."));
        PostRow answerRow = as(organiser, () -> board.posts(thread, 0, 10)).get(2);
        run(organiser, () -> moderation.markOfficial(answer, answerRow.version(), true));
        assertThat(mails.to(contestFollower.email(), "community.qa-official"))
                .as("the contest's followers hear of official answers").hasSize(1);
        clock.advance(Duration.ofHours(5));
        PostRow officialRow = as(organiser, () -> board.posts(thread, 0, 10)).get(2);
        assertThat(officialRow.editable()).isTrue();
        run(organiser, () -> board.edit(answer, officialRow.version(), "Speed is in km/h (kilometres per hour)."));
        assertThat(anonymously(() -> board.faq(contest.id(), 0, 10))).singleElement()
                .satisfies(entry -> assertThat(entry.answerHtml()).contains("kilometres per hour"));

        assertThat(jdbc.queryForList("select body from community_qa_post_revision where post_id in (?, ?, ?)"
                + " order by replaced_at, id", String.class, question.id(), reply, answer))
                .containsExactly("Is speed in km/h?", "km/h, I think.", "Speed is in km/h.");
    }

    @Test
    void onlyThatContestsOrganisersModerateAndHiddenPostsAreInvisibleToEveryoneElseOnEveryPath() {
        ContestEditState contest = contest(organiser);
        AppPrincipal otherOrganiser = person(Role.ORGANISER);
        long thread = as(participant, () -> board.open(contest.id(), "Spam thread", "Buy followers"));
        long reply = as(participant, () -> board.reply(thread, "Offensive reply about searchterm"));
        PostRow opening = as(organiser, () -> board.posts(thread, 0, 10)).get(0);
        PostRow replyRow = as(organiser, () -> board.posts(thread, 0, 10)).get(1);

        assertThatThrownBy(() -> run(otherOrganiser, () -> moderation.hide(reply, replyRow.version(), "no")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(otherOrganiser, () -> moderation.lock(thread, 0, true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(otherOrganiser, () -> moderation.markOfficial(reply, replyRow.version(), true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherOrganiser, () -> moderation.reports(contest.id(), 0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(participant, () -> moderation.pin(thread, 0, true)))
                .isInstanceOf(AccessDeniedException.class);
        refused(() -> as(organiser, () -> {
            moderation.hide(reply, replyRow.version(), " ");
            return null;
        }), "community.qa.error.hideReasonRequired");

        run(organiser, () -> moderation.hide(reply, replyRow.version(), "Insults"));
        assertThat(as(participant, () -> board.posts(thread, 0, 10))).extracting(PostRow::id)
                .containsExactly(opening.id());
        assertThat(anonymously(() -> board.countPosts(thread))).isEqualTo(1);
        assertThat(anonymously(() -> board.threads(contest.id(), "SEARCHTERM", 0, 10))).isEmpty();
        assertThat(as(organiser, () -> board.threads(contest.id(), "SEARCHTERM", 0, 10))).hasSize(1);
        assertThat(as(organiser, () -> board.posts(thread, 0, 10)).get(1).hiddenReason()).isEqualTo("Insults");
        assertThat(anonymously(() -> board.threads(contest.id(), "", 0, 10)).get(0).replies()).isZero();
        assertThatThrownBy(() -> run(participant, () -> board.report(reply, "again")))
                .isInstanceOf(NotFoundException.class);
        refused(() -> as(organiser, () -> {
            moderation.markOfficial(reply, replyRow.version() + 1, true);
            return null;
        }), "community.qa.error.officialHidden");

        run(organiser, () -> moderation.hide(opening.id(), opening.version(), "Spam"));
        for (Supplier<?> path : List.<Supplier<?>>of(() -> board.thread(contest.input().slug(), thread),
                () -> board.posts(thread, 0, 10), () -> board.countPosts(thread),
                () -> board.reply(thread, "hello?"), () -> {
                    board.follow(thread, true);
                    return null;
                }, () -> {
                    board.report(opening.id(), "spam");
                    return null;
                })) {
            assertThatThrownBy(() -> as(participant, path)).isInstanceOf(NotFoundException.class);
        }
        assertThat(as(participant, () -> board.threads(contest.id(), "", 0, 10))).isEmpty();
        assertThat(as(participant, () -> board.countThreads(contest.id(), ""))).isZero();
        ThreadDetail seenByOrganiser = as(organiser, () -> board.thread(contest.input().slug(), thread));
        assertThat(seenByOrganiser.hiddenReason()).isEqualTo("Spam");
        assertThat(as(organiser, () -> board.threads(contest.id(), "", 0, 10))).extracting(ThreadRow::hidden)
                .containsExactly(true);

        run(organiser, () -> moderation.unhide(opening.id(), opening.version() + 1));
        assertThat(as(participant, () -> board.thread(contest.input().slug(), thread)).hiddenReason()).isNull();
        assertThatThrownBy(() -> anonymously(() -> board.thread("another-slug", thread)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void lockedThreadsTakeRepliesOnlyFromOrganisersPinnedOnesComeFirstAndTwoModeratorsCannotOverwriteEachOther() {
        ContestEditState contest = contest(organiser);
        AppPrincipal admin = person(Role.ADMIN);
        long older = as(participant, () -> board.open(contest.id(), "Older", "first"));
        clock.advance(Duration.ofMinutes(1));
        long newer = as(person(Role.PARTICIPANT), () -> board.open(contest.id(), "Newer", "second"));
        assertThat(anonymously(() -> board.threads(contest.id(), "", 0, 10))).extracting(ThreadRow::id)
                .containsExactly(newer, older);

        long version = as(organiser, () -> board.thread(contest.input().slug(), older)).version();
        run(organiser, () -> moderation.pin(older, version, true));
        refused(() -> as(admin, () -> {
            moderation.lock(older, version, true);
            return null;
        }), "error.concurrentEdit");
        assertThat(anonymously(() -> board.threads(contest.id(), "", 0, 10))).extracting(ThreadRow::id)
                .containsExactly(older, newer);

        run(admin, () -> moderation.lock(older, version + 1, true));
        refused(() -> as(participant, () -> board.reply(older, "too late")), "community.qa.error.locked");
        assertThat(as(participant, () -> board.thread(contest.input().slug(), older)).canReply()).isFalse();
        as(organiser, () -> board.reply(older, "Closing note from the organisers."));
        assertThat(anonymously(() -> board.countPosts(older))).isEqualTo(2);
    }

    @Test
    void reportsQueueUpForTheOrganisersOncePerPersonAndCloseWhenThePostIsHiddenOrTheReportDismissed() {
        ContestEditState contest = contest(organiser);
        AppPrincipal reporter = person(Role.PARTICIPANT);
        long thread = as(participant, () -> board.open(contest.id(), "Question", "fine"));
        long rude = as(participant, () -> board.reply(thread, "rude words"));
        long fine = as(participant, () -> board.reply(thread, "polite words"));

        run(reporter, () -> board.report(rude, "Insulting"));
        refused(() -> as(reporter, () -> {
            board.report(rude, "Insulting again");
            return null;
        }), "community.qa.error.alreadyReported");
        refused(() -> as(reporter, () -> {
            board.report(fine, "");
            return null;
        }), "community.qa.error.reasonRequired");
        run(participant, () -> board.report(rude, "Regret it"));
        run(reporter, () -> board.report(fine, "Not sure"));
        assertThatThrownBy(() -> anonymously(() -> {
            board.report(fine, "anonymous");
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        List<ReportRow> queue = as(organiser, () -> moderation.reports(contest.id(), 0, 10));
        assertThat(queue).extracting(ReportRow::postId).containsExactly(rude, rude, fine);
        assertThat(queue.get(0).reason()).isEqualTo("Insulting");
        assertThat(queue.get(0).postHtml()).contains("rude words");
        assertThat(as(organiser, () -> moderation.countReports(contest.id()))).isEqualTo(3);

        run(organiser, () -> moderation.hide(rude, queue.get(0).postVersion(), "Insults"));
        assertThat(as(organiser, () -> moderation.reports(contest.id(), 0, 10))).extracting(ReportRow::postId)
                .containsExactly(fine);
        run(organiser, () -> moderation.dismiss(queue.get(2).reportId()));
        assertThat(as(organiser, () -> moderation.countReports(contest.id()))).isZero();
        assertThat(anonymously(() -> board.posts(thread, 0, 10))).extracting(PostRow::id).contains(fine)
                .doesNotContain(rude);
    }

    @Test
    void searchIsCaseInsensitiveOverTitlesAndPostsAndTakesWildcardsLiterally() {
        ContestEditState contest = contest(organiser);
        long percent = as(participant, () -> board.open(contest.id(), "Is 100% coverage promised?", "text"));
        long plain = as(person(Role.PARTICIPANT), () -> board.open(contest.id(), "Is 1000 enough?", "text"));
        long underscore = as(person(Role.PARTICIPANT), () -> board.open(contest.id(), "Columns", "What is road_id?"));

        assertThat(ids(contest, "100%")).containsExactly(percent);
        assertThat(ids(contest, "ROAD_ID")).containsExactly(underscore);
        assertThat(ids(contest, "road_")).containsExactly(underscore);
        assertThat(ids(contest, "_")).containsExactly(underscore);
        assertThat(ids(contest, "is 1")).containsExactlyInAnyOrder(percent, plain);
        assertThat(ids(contest, "")).hasSize(3);
        assertThat(anonymously(() -> board.countThreads(contest.id(), "100%"))).isEqualTo(1);
    }

    private List<Long> ids(ContestEditState contest, String search) {
        return anonymously(() -> board.threads(contest.id(), search, 0, 50)).stream().map(ThreadRow::id).toList();
    }

    @Test
    void deletedOrDisabledAuthorsShowAsFormerMembers() {
        AppPrincipal author = accounts.create(Role.PARTICIPANT, SupportedLocales.ENGLISH);
        ContestEditState contest = contest(organiser);
        long thread = as(author, () -> board.open(contest.id(), "Who am I?", "text"));
        assertThat(anonymously(() -> board.threads(contest.id(), "", 0, 1)).get(0).authorName())
                .isEqualTo(author.displayName());

        AppPrincipal admin = person(Role.ADMIN);
        UserSummary account = as(admin, () -> administration.get(author.userId()));
        as(admin, () -> administration.updateAccess(author.userId(), account.version(),
                EnumSet.of(Role.PARTICIPANT), false));

        assertThat(anonymously(() -> board.threads(contest.id(), "", 0, 1)).get(0).authorName()).isNull();
        assertThat(anonymously(() -> board.posts(thread, 0, 1)).get(0).authorName()).isNull();
    }

    @Test
    void aPageOfTheBoardOrOfAThreadTakesTheSameNumberOfStatementsWithThousandsOfPostsAsWithAFew() {
        ContestEditState small = contest(organiser);
        ContestEditState large = contest(organiser);
        long smallThread = as(participant, () -> board.open(small.id(), "Small", "few replies"));
        as(person(Role.PARTICIPANT), () -> board.reply(smallThread, "one"));
        long largeThread = as(person(Role.PARTICIPANT), () -> board.open(large.id(), "Large", "many replies"));
        insertThreads(large.id(), 300);
        insertReplies(large.id(), largeThread, 10_000);

        long smallBoard = ThreadStatements.count(() -> boardPage(small));
        long largeBoard = ThreadStatements.count(() -> boardPage(large));
        assertThat(largeBoard).isEqualTo(smallBoard);
        long smallPosts = ThreadStatements.count(() -> threadPage(small, smallThread));
        long largePosts = ThreadStatements.count(() -> threadPage(large, largeThread));
        assertThat(largePosts).isEqualTo(smallPosts);
        assertThat(as(participant, () -> board.countPosts(largeThread))).isEqualTo(10_001);
        assertThat(as(participant, () -> board.posts(largeThread, 9_950, 50))).hasSize(50);
    }

    /** What the board view asks for one page: the header, the count and the first 50 threads, the FAQ. */
    private Object boardPage(ContestEditState contest) {
        return as(participant, () -> List.of(board.board(contest.input().slug()), board.countThreads(contest.id(), ""),
                board.threads(contest.id(), "", 0, 50), board.countFaq(contest.id()), board.faq(contest.id(), 0, 50)));
    }

    private Object threadPage(ContestEditState contest, long thread) {
        return as(participant, () -> List.of(board.thread(contest.input().slug(), thread), board.countPosts(thread),
                board.posts(thread, 0, 50)));
    }

    private void insertThreads(long contestId, int count) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into community_qa_thread (contest_id, title, author_id, created_at, last_post_at)"
                + " values (?, ?, ?, ?, ?)", IntStream.range(0, count)
                .mapToObj(i -> new Object[] {contestId, "Generated " + i, 9_000_000L + i, now, now}).toList());
    }

    private void insertReplies(long contestId, long threadId, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {threadId, contestId, 8_000_000L + i, "Generated reply " + i,
                    Timestamp.from(Instant.now().plusMillis(i))});
        }
        jdbc.batchUpdate("insert into community_qa_post (thread_id, contest_id, opening, author_id, body, created_at)"
                + " values (?, ?, false, ?, ?, ?)", rows);
    }

    private static UserFacingException refused(Supplier<?> action, String key) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(action::get);
        assertThat(thrown).isInstanceOf(UserFacingException.class).isNotInstanceOf(NotFoundException.class);
        assertThat(((UserFacingException) thrown).getMessageKey()).isEqualTo(key);
        return (UserFacingException) thrown;
    }
}
