package org.opencontest.community.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.opencontest.community.internal.qa.PostRow;
import org.opencontest.community.internal.qa.QuestionBoard;
import org.opencontest.community.internal.qa.QuestionModeration;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Principals;
import org.opencontest.shared.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Community demo data for the City Safety contest, loaded after the demo module's data (its contest, accounts and
 * teams): a pinned welcome and a data announcement (published and mailed), one scheduled for later, a follower
 * outside the teams, and a lively Q&A board with a pinned guide, official answers (one in Chinese) and an edited
 * reply. Everything goes through the services as the demo people themselves. It lives in the community module
 * because the demo module sees only the modules' public API; skipped when the contest already has announcements or
 * the demo people are missing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@ConditionalOnProperty(name = "opencontest.demo-data", havingValue = "true")
class CommunityDemoData implements ApplicationRunner {

    static final String CONTEST = "soda-2026-city-safety";
    private static final Logger LOG = LoggerFactory.getLogger(CommunityDemoData.class);

    private final Announcements announcements;
    private final QuestionBoard board;
    private final QuestionModeration moderation;
    private final ContestFollowers followers;
    private final ContestService contests;
    private final UserDetailsService users;
    private final Clock clock;

    CommunityDemoData(Announcements announcements, QuestionBoard board, QuestionModeration moderation,
                      ContestFollowers followers, ContestService contests, UserDetailsService users, Clock clock) {
        this.announcements = announcements;
        this.board = board;
        this.moderation = moderation;
        this.followers = followers;
        this.contests = contests;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(CONTEST);
    }

    void load(String slug) {
        Optional<AppPrincipal> organiser = Principals.find(users, "organiser@example.org");
        Optional<AppPrincipal> liNa = Principals.find(users, "participant@example.org");
        Optional<AppPrincipal> wangFang = Principals.find(users, "participant2@example.org");
        Optional<AppPrincipal> maria = Principals.find(users, "participant3@example.org");
        Optional<AppPrincipal> zhaoMin = Principals.find(users, "judge3@example.org");
        Optional<ContestPage> contest = SystemIdentity.call(() -> {
            try {
                return Optional.of(contests.page(slug));
            } catch (NotFoundException missing) {
                return Optional.empty();
            }
        });
        if (contest.isEmpty() || organiser.isEmpty() || liNa.isEmpty() || wangFang.isEmpty() || maria.isEmpty()
                || zhaoMin.isEmpty()) {
            LOG.info("Community demo data skipped: contest {} or demo accounts missing", slug);
            return;
        }
        long contestId = contest.get().id();
        if (!SystemIdentity.call(() -> announcements.list(contestId)).isEmpty()) {
            return;
        }
        SystemIdentity.callAs(zhaoMin.get(), () -> followers.follow(contestId));
        SystemIdentity.callAs(organiser.get(), () -> announce(contestId));
        SystemIdentity.callAs(organiser.get(), () -> {
            long guide = board.open(contestId, "Read first: how to ask a good question / 提问须知",
                    "Search the board and the FAQ first. Name the **dataset**, the release and the column you mean."
                            + "\n\n提问前请先搜索本版块和常见问题，并写明所指的**数据集**、版本和列名。");
            moderation.pin(guide, board.thread(slug, guide).version(), true);
            return guide;
        });
        long speed = SystemIdentity.callAs(liNa.get(), () -> board.open(contestId, "Is the speed column in km/h?",
                "The accidents file has `speed_kmh`, but some values look like **mph**. Which is it?"));
        SystemIdentity.callAs(maria.get(), () -> board.reply(speed, "The header says km/h; I read them as km/h."));
        official(organiser.get(), speed, "Yes, km/h, as measured by the traffic police. Values above 150 are"
                + " recording errors; see the data dictionary.");
        long weather = SystemIdentity.callAs(wangFang.get(), () -> board.open(contestId, "可以使用外部气象数据吗？",
                "我们想把台风预警和公开的气象站数据结合起来，这样可以吗？"));
        official(organiser.get(), weather, "可以。外部数据须为公开数据，并在方案中注明来源和许可。");
        long teams = SystemIdentity.callAs(maria.get(), () -> board.open(contestId, "Can students form a team alone?",
                "Our team is three students; do we need a supervisor?"));
        long answer = SystemIdentity.callAs(liNa.get(), () -> board.reply(teams,
                "No supervisor needed, I think."));
        SystemIdentity.callAs(liNa.get(), () -> {
            board.edit(answer, version(teams, answer), "No supervisor is needed: the rules ask only for two to five"
                    + " members (see *Eligibility*).");
            return null;
        });
        LOG.info("Community demo data loaded into {}", slug);
    }

    private Object announce(long contestId) {
        AnnouncementRow welcome = announcements.create(contestId, new AnnouncementInput(
                new LocalizedText("Welcome to SODA 2026: City Safety", "欢迎参加 SODA 2026：城市安全"),
                new LocalizedText("Registration is open. Read the **rules**, form a team of two to five, and ask on"
                        + " the Q&A board when something is unclear.",
                        "报名已开放。请阅读**规则**，组成 2 至 5 人的队伍；有疑问请在问答区提问。")));
        announcements.publish(welcome.id(), welcome.version());
        AnnouncementRow published = announcements.get(welcome.id());
        announcements.pin(published.id(), published.version(), true);
        AnnouncementRow data = announcements.create(contestId, new AnnouncementInput(
                new LocalizedText("Road accident data: 2024 release", "道路交通事故数据：2024 年版本"),
                new LocalizedText("The 2024 release of the road traffic accidents is on its dataset page. Report"
                        + " anything wrong with it there: the publisher fixes it in the next release.",
                        "道路交通事故数据 2024 年版本已发布。发现数据问题请在数据集页面报告，发布方会在下一版本中修复。")));
        announcements.publish(data.id(), data.version());
        AnnouncementRow later = announcements.create(contestId, new AnnouncementInput(
                new LocalizedText("Office hours with the data owners", "数据方答疑时间"),
                new LocalizedText("Meet the traffic police's data team online; the link follows.",
                        "与交警数据团队在线交流；链接稍后公布。")));
        announcements.schedule(later.id(), later.version(), clock.instant().plus(Duration.ofDays(3))
                .truncatedTo(ChronoUnit.HOURS));
        return null;
    }

    /** The organiser answers the thread and marks the answer official. */
    private void official(AppPrincipal organiser, long threadId, String text) {
        SystemIdentity.callAs(organiser, () -> {
            long answer = board.reply(threadId, text);
            moderation.markOfficial(answer, version(threadId, answer), true);
            return null;
        });
    }

    private long version(long threadId, long postId) {
        return board.posts(threadId, 0, 50).stream().filter(post -> post.id() == postId).findFirst()
                .map(PostRow::version).orElseThrow();
    }
}
