package org.opencontest.contest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.contest.ContestFixtures.input;
import static org.opencontest.contest.ContestFixtures.uniqueSlug;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ui.ContestPageView;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class ContestPageViewTest extends KaribuTest {

    @Autowired
    ContestService contests;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    /** A visitor in Berlin: the timeline shows Shanghai times and Berlin times. */
    final AppPrincipal berliner = person(Role.PARTICIPANT, ZoneId.of("Europe/Berlin"));

    String publishedContest() {
        String slug = uniqueSlug("page");
        as(organiser, () -> {
            ContestEditState draft = contests.create(input(slug, clock.instant()));
            return contests.publish(draft.id(), draft.version());
        });
        return slug;
    }

    @Test
    void anEnglishVisitorSeesTheContestWithBothTimeZones() {
        String slug = publishedContest();
        signInAs(berliner);
        navigate("contests/" + slug);

        assertThat(_get(H1.class, spec -> spec.withId("contest-title")).getText())
                .isEqualTo("Open Data Test Cup " + slug);
        assertThat(_get(Paragraph.class, spec -> spec.withId("contest-summary")).getText())
                .isEqualTo("Build apps with city data.");
        assertThat(text("contest-tracks")).contains("Tracks", "Traffic safety", "Fewer accidents.");
        assertThat(text("contest-prizes")).contains("First prize", "CN¥50,000", "Track: Traffic safety");
        assertThat(text("contest-team-size")).contains("Teams of 1 to 5 people");
        assertThat(markdownHtml("contest-description")).contains("<strong>open data</strong>");

        NativeTableRow registration = _get(NativeTableRow.class, spec -> spec.withId("phase-registration"));
        assertThat(registration.getClassNames()).contains("current-phase");
        assertThat(registration.getElement().getTextRecursively())
                .contains("Registration", "Now", "(Asia/Shanghai)", "(Europe/Berlin)");
        assertThat(_get(NativeTableRow.class, spec -> spec.withId("phase-judging")).getClassNames())
                .doesNotContain("current-phase");
        assertThat(text("contest-timeline")).contains("Times are shown in the contest time zone (Asia/Shanghai)");

        assertThat(text("contest-status")).contains("Registration", "Submission opens in");
        assertThat(_get(Span.class, spec -> spec.withId("contest-countdown")).getText()).matches("6d \\d\\dh \\d\\dm \\d\\ds");
        assertThat(_get(Anchor.class, spec -> spec.withId("contest-ics")).getHref())
                .isEqualTo("api/public/contests/" + slug + "/timeline.ics?lang=en");
    }

    @Test
    void changesOfThePublishedTimelineAreListedWithDateAndReasonInBothLanguages() {
        String slug = publishedContest();
        signInAs(berliner);
        navigate("contests/" + slug);
        _assertNone(Div.class, spec -> spec.withId("contest-changes"));

        ContestPage page = as(organiser, () -> contests.page(slug));
        as(organiser, () -> {
            ContestEditState state = contests.edit(page.id());
            ContestInput input = state.input();
            return contests.update(page.id(), state.version(), new ContestInput(input.slug(), input.title(),
                    input.summary(), input.description(), input.rules(), input.theme(), input.zone(),
                    input.teamSizeMin(), input.teamSizeMax(), input.tracks(), input.prizes(),
                    input.phases().stream().map(phase -> phase.kind() == PhaseKind.SUBMISSION
                            ? new PhaseWindow(phase.kind(), phase.opens(), phase.closes().minusSeconds(86400))
                            : phase).toList()), TimelineChangeNote.because("Venue booked until the 29th."));
        });
        navigate("contests/" + slug);
        assertThat(_get(Div.class, spec -> spec.withId("contest-changes")).getElement().getTextRecursively())
                .contains("Changes", "Changed on ", "Submission closes: ", "(Asia/Shanghai) → ",
                        "Reason: Venue booked until the 29th.");

        useLocale(SupportedLocales.CHINESE);
        navigate("contests/" + slug);
        assertThat(_get(Div.class, spec -> spec.withId("contest-changes")).getElement().getTextRecursively())
                .contains("变更记录", "修改于 ", "作品提交截止：", "原因：Venue booked until the 29th.")
                .doesNotContain("Changes", "Reason");
    }

    @Test
    void aChineseVisitorSeesEverythingInChinese() {
        String slug = publishedContest();
        signInAs(berliner);
        useLocale(SupportedLocales.CHINESE);
        navigate("contests/" + slug);

        assertThat(_get(H1.class, spec -> spec.withId("contest-title")).getText()).isEqualTo("开放数据测试杯 " + slug);
        String page = _get(ContestPageView.class).getElement().getTextRecursively();
        assertThat(page).contains("用城市数据开发应用。", "主题：城市安全", "赛道", "交通安全", "减少事故。", "奖项设置",
                "一等奖", "赛道：交通安全", "团队人数", "每队 1 至 5 人", "大赛日程", "报名", "作品提交", "评审", "当前",
                "距作品提交开始还有", "添加到日历（ICS）", "年", "(Asia/Shanghai)", "(Europe/Berlin)");
        assertThat(page).doesNotContain("Open Data Test Cup", "Registration", "Submission", "Judging", "Tracks",
                "Prizes", "Timeline", "Team size", "Teams of", "Now", "Traffic safety", "First prize", "Build apps");
        assertThat(_get(Span.class, spec -> spec.withId("contest-countdown")).getText()).matches("6天 \\d\\d时 \\d\\d分 \\d\\d秒");
        assertThat(markdownHtml("contest-description")).contains("<strong>开放数据</strong>");
        assertThat(_get(Anchor.class, spec -> spec.withId("contest-ics")).getHref()).endsWith("?lang=zh");
        assertThat(_get(ContestPageView.class).getPageTitle()).isEqualTo("开放数据测试杯 " + slug);
    }

    @Test
    void switchingTheLanguageOnThePageRerendersIt() {
        String slug = publishedContest();
        navigate("contests/" + slug);
        assertThat(text("contest-timeline")).contains("Registration");

        useLocale(SupportedLocales.CHINESE);
        assertThat(text("contest-timeline")).contains("报名").doesNotContain("Registration");
    }

    @Test
    void anAnonymousVisitorInTheContestZoneSeesOneTime() {
        String slug = publishedContest();
        VaadinSession.getCurrent().setAttribute("opencontest.browserZone",
                ZoneId.of("Asia/Shanghai"));
        navigate("contests/" + slug);
        String registration = _get(NativeTableRow.class, spec -> spec.withId("phase-registration"))
                .getElement().getTextRecursively();
        assertThat(registration).contains("(Asia/Shanghai)").doesNotContain("(Europe/Berlin)").doesNotContain("(Z)");
    }

    @Test
    void unknownContestsAndOtherPeoplesDraftsAreNotFound() {
        navigate("contests/" + uniqueSlug("missing"));
        _get(NotFoundView.class);

        String draft = uniqueSlug("draft");
        as(organiser, () -> contests.create(input(draft, clock.instant())));
        navigate("contests/" + draft);
        _get(NotFoundView.class);

        signInAs(organiser);
        navigate("contests/" + draft);
        assertThat(text("draft-banner")).contains("Draft preview");
        assertThat(_find(Anchor.class, spec -> spec.withId("contest-ics"))).as("no calendar for drafts").isEmpty();
    }

    @Test
    void theHomePageListsTheContestAmongCurrentContests() {
        String slug = publishedContest();
        navigate("");
        Anchor card = _get(Anchor.class, spec -> spec.withId("contest-card-" + slug));
        assertThat(card.getHref()).isEqualTo("contests/" + slug);
        assertThat(card.getElement().getTextRecursively())
                .contains("Open Data Test Cup " + slug, "Build apps with city data.", "Registration",
                        "Submission opens: ");
        assertThat(_get(Div.class, spec -> spec.withId("home-current")).getElement().getTextRecursively())
                .contains("Open Data Test Cup " + slug);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String markdownHtml(String sectionId) {
        Div section = _get(Div.class, spec -> spec.withId(sectionId));
        return _get(section, Div.class, spec -> spec.withClasses("markdown")).getElement().getProperty("innerHTML");
    }
}
