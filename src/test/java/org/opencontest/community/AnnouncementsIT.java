package org.opencontest.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.opencontest.support.Actors.anonymously;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.opencontest.support.MailText.textOf;
import static org.opencontest.team.TeamFixtures.uniqueName;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.opencontest.account.RecordedMails;
import org.opencontest.community.internal.AnnouncementInput;
import org.opencontest.community.internal.ContestFollowers;
import org.opencontest.community.internal.FollowState;
import org.opencontest.community.internal.AnnouncementRow;
import org.opencontest.community.internal.AnnouncementStatus;
import org.opencontest.community.internal.Announcements;
import org.opencontest.community.internal.PublishedAnnouncement;
import org.opencontest.community.internal.ScheduledAnnouncements;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.notification.RealAccounts;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.notification.internal.NotificationCategory;
import org.opencontest.notification.internal.NotificationCentre;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.IntegrationTest;
import org.opencontest.support.MovableClock;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamDetail;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamReview;
import org.opencontest.team.TeamService;
import org.opencontest.team.Enrolment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A contest's announcements through the real services, mail outbox and SMTP server: who may write and read them,
 * publication now and on schedule (the clock moved, not waited for), the mails in each reader's language, the
 * correction notice, sanitised markdown, and the Atom feed with its visibility.
 */
class AnnouncementsIT extends IntegrationTest {

    @Autowired
    Announcements announcements;
    @Autowired
    ScheduledAnnouncements scheduler;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    TeamReview review;
    @Autowired
    RecordedMails mails;
    @Autowired
    EmbeddedMailServer smtp;
    @Autowired
    MessageSource messages;
    @Autowired
    MovableClock clock;
    @Autowired
    WebApplicationContext web;
    @Autowired
    ContestFollowers followers;
    @Autowired
    RealAccounts accounts;
    @Autowired
    NotificationCentre centre;
    @Autowired
    JdbcTemplate jdbc;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal english = person(Role.PARTICIPANT);
    final AppPrincipal chinese = chinese();
    final AppPrincipal rejected = person(Role.PARTICIPANT);

    static AppPrincipal chinese() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        return new AppPrincipal(id, "zh" + id + "@example.org", "参赛者 " + id, "", EnumSet.of(Role.PARTICIPANT),
                Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"), true, false);
    }

    /** A published contest with one team of two (English and Chinese readers) and one rejected team. */
    ContestEditState contestWithTeams() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, english, contest.id(), uniqueName());
        as(chinese, () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting()));
        RegisteredTeam refused = TeamFixtures.register(teams, contests, rejected, contest.id(), uniqueName());
        TeamDetail detail = as(organiser, () -> review.detail(refused.teamId()));
        as(organiser, () -> review.reject(refused.teamId(), detail.version(), "Not eligible."));
        return contest;
    }

    static AnnouncementInput input(String en, String zh) {
        return new AnnouncementInput(new LocalizedText("Kick-off " + en, "开幕 " + zh),
                new LocalizedText("Meet us at the **Data Hub**. " + en, "欢迎来到**数据中心**。" + zh));
    }

    @Test
    void onlyTheContestsOrganisersAndAdministratorsWriteAndVisitorsReadOnlyWhatIsPublished() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        AppPrincipal otherOrganiser = person(Role.ORGANISER);
        AppPrincipal participant = person(Role.PARTICIPANT);

        assertThatThrownBy(() -> as(otherOrganiser, () -> announcements.create(contest.id(), input("a", "a"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(participant, () -> announcements.create(contest.id(), input("a", "a"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anonymously(() -> announcements.list(contest.id())))
                .isInstanceOf(AccessDeniedException.class);

        AnnouncementRow draft = as(organiser, () -> announcements.create(contest.id(), input("draft", "草稿")));
        assertThatThrownBy(() -> as(otherOrganiser, () -> announcements.list(contest.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherOrganiser, () -> announcements.publish(draft.id(), draft.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherOrganiser, () -> announcements.pin(draft.id(), draft.version(), true)))
                .isInstanceOf(NotFoundException.class);
        assertThat(anonymously(() -> announcements.published(contest.id()))).isEmpty();

        AnnouncementRow second = as(person(Role.ADMIN),
                () -> announcements.create(contest.id(), input("by admin", "管理员")));
        as(organiser, () -> announcements.publish(second.id(), second.version()));

        assertThat(anonymously(() -> announcements.published(contest.id()))).extracting(PublishedAnnouncement::id)
                .containsExactly(second.id());
        assertThat(as(participant, () -> announcements.published(contest.id()))).hasSize(1);
        assertThat(as(organiser, () -> announcements.list(contest.id()))).extracting(AnnouncementRow::id)
                .containsExactly(second.id(), draft.id());
        AnnouncementRow published = as(organiser, () -> announcements.get(second.id()));
        assertThatThrownBy(() -> as(organiser, () -> announcements.publish(published.id(), published.version())))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("community.announcement.error.alreadyPublished");
        assertThatThrownBy(() -> as(organiser, () -> announcements.pin(draft.id(), draft.version() + 7, true)))
                .hasMessageStartingWith("error.concurrentEdit");
    }

    @Test
    void announcementsOfADraftContestAreHiddenFromVisitors() {
        ContestEditState draftContest = as(organiser, () -> contests.create(
                ContestFixtures.input(ContestFixtures.uniqueSlug("ann-draft"), clock.instant())));
        AnnouncementRow row = as(organiser, () -> announcements.create(draftContest.id(), input("x", "x")));
        as(organiser, () -> announcements.publish(row.id(), row.version()));

        assertThatThrownBy(() -> anonymously(() -> announcements.published(draftContest.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(organiser, () -> announcements.published(draftContest.id()))).hasSize(1);
    }

    @Test
    void publishingMailsEveryRegisteredMemberInTheirLanguageAndAnEditSendsOnlyACorrection() throws Exception {
        ContestEditState contest = contestWithTeams();
        String tag = uniqueName();
        AnnouncementRow draft = as(organiser, () -> announcements.create(contest.id(), input(tag, tag)));
        assertThat(as(organiser, () -> announcements.audienceSize(contest.id()))).isEqualTo(2);

        int mailed = as(organiser, () -> announcements.publish(draft.id(), draft.version()));

        assertThat(mailed).isEqualTo(2);
        assertThat(mails.to(english.email(), "community.announcement")).hasSize(1);
        assertThat(mails.to(chinese.email(), "community.announcement")).hasSize(1);
        assertThat(mails.to(rejected.email(), "community.announcement")).isEmpty();
        MimeMessage englishMail = received(english.email(), "Kick-off " + tag);
        assertThat(englishMail.getSubject()).startsWith("[Open Data Test Cup ").endsWith("] Kick-off " + tag);
        assertThat(textOf(englishMail)).contains("have published an announcement", "Meet us at the **Data Hub**.",
                "http://localhost:8080/contests/" + contest.input().slug());
        MimeMessage chineseMail = received(chinese.email(), "开幕 " + tag);
        assertThat(chineseMail.getSubject()).startsWith("[开放数据测试杯 ").endsWith("] 开幕 " + tag);
        assertThat(textOf(chineseMail)).contains("主办方发布了一条公告", "欢迎来到**数据中心**。");

        AnnouncementRow published = as(organiser, () -> announcements.get(draft.id()));
        AnnouncementRow unchanged = as(organiser,
                () -> announcements.update(published.id(), published.version(), published.input()));
        assertThat(unchanged.editedAt()).as("saving the same texts is no edit").isNull();
        clock.advance(Duration.ofMinutes(5));
        AnnouncementRow corrected = as(organiser, () -> announcements.update(published.id(), published.version(),
                input(tag + " (room 2)", tag + "（2 号厅）")));

        assertThat(corrected.status()).isEqualTo(AnnouncementStatus.PUBLISHED);
        assertThat(corrected.editedAt()).isAfter(corrected.publishedAt());
        assertThat(mails.to(english.email(), "community.announcement")).as("no second full mail").hasSize(1);
        assertThat(mails.to(english.email(), "community.announcement-corrected")).hasSize(1);
        assertThat(mails.to(chinese.email(), "community.announcement-corrected")).hasSize(1);
        assertThat(mails.to(rejected.email(), "community.announcement-corrected")).isEmpty();
        MimeMessage notice = received(chinese.email(), "更正：开幕 " + tag + "（2 号厅）");
        assertThat(textOf(notice)).contains("主办方更正了").doesNotContain("欢迎来到");
        MimeMessage englishNotice = received(english.email(), "Corrected: Kick-off " + tag + " (room 2)");
        assertThat(textOf(englishNotice)).contains("have corrected the announcement").doesNotContain("Data Hub");
        assertThat(anonymously(() -> announcements.published(contest.id()))).singleElement()
                .satisfies(shown -> assertThat(shown.editedAt()).isEqualTo(corrected.editedAt()));
    }

    @Test
    void followersOutsideTheTeamsGetEachAnnouncementOnceInTheirCentreAndAFollowIsIdempotentEvenWhenClicksRace()
            throws Exception {
        ContestEditState contest = contestWithTeams();
        AppPrincipal follower = accounts.create(Role.PARTICIPANT, Locale.ENGLISH);
        AppPrincipal joiner = accounts.create(Role.PARTICIPANT, Locale.ENGLISH);

        assertThat(anonymously(() -> followers.state(contest.id()))).isEqualTo(FollowState.SIGNED_OUT);
        assertThatThrownBy(() -> anonymously(() -> followers.follow(contest.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(follower, () -> followers.state(contest.id()))).isEqualTo(FollowState.NOT_FOLLOWING);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<FollowState>> clicks = pool.invokeAll(List.of(
                    () -> as(follower, () -> followers.follow(contest.id())),
                    () -> as(follower, () -> followers.follow(contest.id()))));
            for (Future<FollowState> click : clicks) {
                assertThat(click.get()).isEqualTo(FollowState.FOLLOWING);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(as(follower, () -> followers.follow(contest.id()))).isEqualTo(FollowState.FOLLOWING);
        assertThat(jdbc.queryForObject("select count(*) from community_contest_follower where contest_id = ?"
                + " and user_id = ?", Long.class, contest.id(), follower.userId())).as("one follow").isEqualTo(1);
        assertThat(as(english, () -> followers.state(contest.id()))).isEqualTo(FollowState.IN_TEAM);
        assertThatThrownBy(() -> as(english, () -> followers.follow(contest.id())))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.getMessageKey())
                        .isEqualTo("community.follow.error.inTeam"));
        as(joiner, () -> followers.follow(contest.id()));
        TeamFixtures.register(teams, contests, joiner, contest.id(), uniqueName());

        String tag = uniqueName();
        AnnouncementRow draft = as(organiser, () -> announcements.create(contest.id(), input(tag, tag)));
        assertThat(as(organiser, () -> announcements.audienceSize(contest.id())))
                .as("two members, the follower, and the joiner once").isEqualTo(4);
        assertThat(as(organiser, () -> announcements.publish(draft.id(), draft.version()))).isEqualTo(4);
        assertThat(mails.to(follower.email(), "community.announcement")).hasSize(1);
        assertThat(mails.to(joiner.email(), "community.announcement")).as("member and follower: once").hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> as(follower, () -> centre.page(0, 10)).stream()
                .anyMatch(row -> row.category() == NotificationCategory.ANNOUNCEMENTS
                        && row.title().contains("Kick-off " + tag)));
        assertThat(as(follower, centre::unreadCount)).isEqualTo(1);

        assertThat(as(follower, () -> followers.unfollow(contest.id()))).isEqualTo(FollowState.NOT_FOLLOWING);
        assertThat(as(follower, () -> followers.unfollow(contest.id()))).as("twice is harmless")
                .isEqualTo(FollowState.NOT_FOLLOWING);
        AnnouncementRow next = as(organiser, () -> announcements.create(contest.id(), input(tag + "b", tag)));
        as(organiser, () -> announcements.publish(next.id(), next.version()));
        assertThat(mails.to(follower.email(), "community.announcement")).as("not after unfollowing").hasSize(1);
        assertThat(mails.to(joiner.email(), "community.announcement")).hasSize(2);
    }

    @Test
    void aScheduledAnnouncementIsPublishedAndMailedOnceWhenTheClockReachesItsTime() {
        ContestEditState contest = contestWithTeams();
        AnnouncementRow draft = as(organiser, () -> announcements.create(contest.id(), input("later", "稍后")));
        assertThatThrownBy(() -> as(organiser, () -> announcements.schedule(draft.id(), draft.version(),
                clock.instant().minusSeconds(60))))
                .hasMessageStartingWith("community.announcement.error.scheduleInPast");
        AnnouncementRow scheduled = as(organiser, () -> announcements.schedule(draft.id(), draft.version(),
                clock.instant().plus(Duration.ofHours(2))));
        assertThat(scheduled.status()).isEqualTo(AnnouncementStatus.SCHEDULED);

        scheduler.runScheduled();
        assertThat(as(organiser, () -> announcements.get(draft.id())).status()).isEqualTo(AnnouncementStatus.SCHEDULED);
        assertThat(anonymously(() -> announcements.published(contest.id()))).isEmpty();
        assertThat(mails.to(english.email(), "community.announcement")).isEmpty();

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        scheduler.runScheduled();
        scheduler.runScheduled();

        AnnouncementRow published = as(organiser, () -> announcements.get(draft.id()));
        assertThat(published.status()).isEqualTo(AnnouncementStatus.PUBLISHED);
        assertThat(published.publishedAt()).isAfterOrEqualTo(scheduled.publishAt());
        assertThat(anonymously(() -> announcements.published(contest.id()))).hasSize(1);
        assertThat(mails.to(english.email(), "community.announcement")).hasSize(1);
        assertThat(mails.to(chinese.email(), "community.announcement")).singleElement()
                .satisfies(mail -> assertThat(mail.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE));

        assertThatThrownBy(() -> as(organiser, () -> announcements.publish(scheduled.id(), scheduled.version())))
                .as("an organiser who publishes what the job published meanwhile is refused, nothing is mailed twice")
                .hasMessageStartingWith("error.concurrentEdit");
        assertThat(mails.to(english.email(), "community.announcement")).hasSize(1);

        AnnouncementRow other = as(organiser, () -> announcements.create(contest.id(), input("cancel", "取消")));
        AnnouncementRow planned = as(organiser, () -> announcements.schedule(other.id(), other.version(),
                clock.instant().plus(Duration.ofHours(1))));
        as(organiser, () -> announcements.unschedule(planned.id(), planned.version()));
        clock.advance(Duration.ofHours(2));
        scheduler.runScheduled();
        assertThat(as(organiser, () -> announcements.get(other.id())).status()).isEqualTo(AnnouncementStatus.DRAFT);
    }

    @Test
    void scriptsAndJavascriptLinksAreRemovedAndOversizedTextIsRefusedWithATranslatedReason() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        String hostile = "Hello <script>alert('x')</script> [click](javascript:alert(1)) "
                + "<img src=x onerror=alert(2)> [site](https://example.org)";
        AnnouncementRow row = as(organiser, () -> announcements.create(contest.id(), new AnnouncementInput(
                new LocalizedText("Hostile", "恶意"), new LocalizedText(hostile, hostile))));
        as(organiser, () -> announcements.publish(row.id(), row.version()));

        String html = anonymously(() -> announcements.published(contest.id())).get(0).html().en();
        assertThat(html).doesNotContain("<script", "javascript:", "<img")
                .contains("<a href=\"https://example.org\" rel=\"nofollow noopener\">site</a>");
        assertThat(Jsoup.parseBodyFragment(html).select("script, img, [onerror], [href^=javascript]"))
                .as("no active element or attribute survives").isEmpty();
        assertThat(as(organiser, () -> announcements.get(row.id())).body().en())
                .as("the source is kept as written").contains("<script>");

        String huge = "x".repeat(20_001);
        assertThatThrownBy(() -> as(organiser, () -> announcements.create(contest.id(), new AnnouncementInput(
                new LocalizedText("Big", "大"), new LocalizedText(huge, "")))))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("community.announcement.error.bodyTooLong");
                    assertThat(messages.getMessage(refusal.getMessageKey(), refusal.getArguments(), Locale.ENGLISH))
                            .isEqualTo("The text may have at most 20,000 characters per language.");
                    assertThat(messages.getMessage(refusal.getMessageKey(), refusal.getArguments(),
                            Locale.SIMPLIFIED_CHINESE)).isEqualTo("正文每种语言最多 20,000 个字符。");
                });
        assertThatThrownBy(() -> as(organiser, () -> announcements.create(contest.id(), new AnnouncementInput(
                new LocalizedText(" ", ""), new LocalizedText("text", "")))))
                .hasMessageStartingWith("community.announcement.error.titleRequired");
        assertThat(as(organiser, () -> announcements.list(contest.id()))).hasSize(1);
    }

    @Test
    void theAtomFeedListsPublishedAnnouncementsPinnedFirstInTheRequestedLanguage() throws Exception {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        AnnouncementRow first = as(organiser, () -> announcements.create(contest.id(), input("one", "一")));
        as(organiser, () -> announcements.publish(first.id(), first.version()));
        AnnouncementRow pinned = as(organiser, () -> announcements.pin(first.id(),
                announcements.get(first.id()).version(), true));
        clock.advance(Duration.ofMinutes(1));
        AnnouncementRow second = as(organiser, () -> announcements.create(contest.id(), new AnnouncementInput(
                new LocalizedText("Second <b>", "第二"), new LocalizedText("**bold** <script>x()</script>", "**粗**"))));
        as(organiser, () -> announcements.publish(second.id(), second.version()));
        as(organiser, () -> announcements.create(contest.id(), input("draft", "草稿")));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        String url = "/contests/{slug}/announcements.atom";

        String english = mvc.perform(get(url, contest.input().slug()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document feed = parse(english);
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getAttribute("xml:lang")).isEqualTo("en");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).as("drafts are not in the feed").isEqualTo(2);
        Element top = (Element) entries.item(0);
        assertThat(text(top, "id")).isEqualTo("tag:localhost,2026:announcement-" + pinned.id());
        assertThat(text(top, "title")).isEqualTo("Kick-off one");
        Element next = (Element) entries.item(1);
        assertThat(text(next, "title")).isEqualTo("Second <b>");
        assertThat(text(next, "content")).contains("<strong>bold</strong>").doesNotContain("<script");
        assertThat(text(next, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(text(root, "updated")).isEqualTo(text(next, "updated"));
        assertThat(english).as("the HTML is escaped text, not markup").doesNotContain("<script", "<strong>");

        String chineseFeed = mvc.perform(get(url, contest.input().slug()).param("lang", "zh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Element zh = parse(chineseFeed).getDocumentElement();
        assertThat(zh.getAttribute("xml:lang")).isEqualTo("zh-CN");
        assertThat(text((Element) zh.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0), "title"))
                .isEqualTo("开幕 一");
        assertThat(text(zh, "title")).endsWith("：公告");
        String byHeader = mvc.perform(get(url, contest.input().slug()).header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(byHeader).contains("xml:lang=\"zh-CN\"");

        ContestEditState draftContest = as(organiser, () -> contests.create(
                ContestFixtures.input(ContestFixtures.uniqueSlug("feed-draft"), clock.instant())));
        AnnouncementRow hidden = as(organiser, () -> announcements.create(draftContest.id(), input("h", "h")));
        as(organiser, () -> announcements.publish(hidden.id(), hidden.version()));
        mvc.perform(get(url, draftContest.input().slug())).andExpect(status().isNotFound());
        mvc.perform(get(url, "no-such-contest-" + uniqueName().substring(5))).andExpect(status().isNotFound());
    }

    private MimeMessage received(String address, String subjectPart) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> find(address, subjectPart), message -> message != null);
    }

    private MimeMessage find(String address, String subjectPart) throws Exception {
        List<MimeMessage> received = smtp.receivedMessagesFor(address);
        for (MimeMessage candidate : received) {
            if (candidate.getSubject().contains(subjectPart)) {
                return candidate;
            }
        }
        return null;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getLocalName().equals(name)) {
                return child.getTextContent();
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }
}
