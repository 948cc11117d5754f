package org.opencontest.community;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;
import static org.opencontest.team.TeamFixtures.uniqueName;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.community.internal.AnnouncementInput;
import org.opencontest.community.internal.AnnouncementRow;
import org.opencontest.community.internal.AnnouncementStatus;
import org.opencontest.community.internal.Announcements;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.support.KaribuTest;
import org.opencontest.team.Enrolment;
import org.opencontest.team.RegisteredTeam;
import org.opencontest.team.TeamFixtures;
import org.opencontest.team.TeamService;
import org.springframework.beans.factory.annotation.Autowired;

/** The organiser's announcement editor and the contest page's announcements, driven server-side in both languages. */
class AnnouncementViewsTest extends KaribuTest {

    @Autowired
    Announcements announcements;
    @Autowired
    ContestService contests;
    @Autowired
    TeamService teams;
    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);
    final AppPrincipal berliner = person(Role.PARTICIPANT, ZoneId.of("Europe/Berlin"));

    ContestEditState contestWithTwoMembers() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        RegisteredTeam team = TeamFixtures.register(teams, contests, person(Role.PARTICIPANT), contest.id(),
                uniqueName());
        as(person(Role.PARTICIPANT), () -> teams.joinByCode(team.inviteCode(), Enrolment.consenting()));
        return contest;
    }

    @Test
    void anOrganiserWritesPreviewsAndPublishesAnAnnouncementAfterAConfirmationNamingTheAudience() {
        ContestEditState contest = contestWithTwoMembers();
        signInAs(organiser);
        navigate("organise/contests/" + contest.id() + "/announcements");
        assertThat(_get(Div.class, spec -> spec.withId("announcement-list")).getElement().getTextRecursively())
                .contains("No announcements yet.");

        _click(_get(Button.class, spec -> spec.withId("announcement-new")));
        assertThat(_get(TextField.class, spec -> spec.withId("announcement-title-en")).getLabel())
                .isEqualTo("Title (English)");
        _setValue(_get(TextField.class, spec -> spec.withId("announcement-title-en")), "Data release");
        _setValue(_get(TextField.class, spec -> spec.withId("announcement-title-zh")), "数据发布");
        _setValue(_get(TextArea.class, spec -> spec.withId("announcement-body-en")),
                "New **files** <script>alert(1)</script>");
        _setValue(_get(TextArea.class, spec -> spec.withId("announcement-body-zh")), "新的**文件**");
        _click(_get(Button.class, spec -> spec.withId("announcement-save")));
        expectNotifications("Saved.");

        AnnouncementRow saved = as(organiser, () -> announcements.list(contest.id())).get(0);
        assertThat(saved.status()).isEqualTo(AnnouncementStatus.DRAFT);
        assertThat(_get(Span.class, spec -> spec.withId("announcement-status-" + saved.id())).getText())
                .isEqualTo("Draft");

        _click(_get(Button.class, spec -> spec.withId("announcement-edit-" + saved.id())));
        _get(Details.class, spec -> spec.withId("announcement-preview")).setOpened(true);
        Div english = (Div) _get(Div.class, spec -> spec.withClasses("markdown-preview")).getChildren().findFirst()
                .orElseThrow();
        String html = english.getElement().getProperty("innerHTML");
        assertThat(html).contains("<strong>files</strong>").doesNotContain("<script");

        _click(_get(Button.class, spec -> spec.withId("announcement-publish")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("announcement-publish-audience")).getText())
                .isEqualTo("This mails 2 people.");
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("Published and mailed to 2 people.");
        assertThat(_get(Span.class, spec -> spec.withId("announcement-status-" + saved.id())).getText())
                .isEqualTo("Published");
        _assertNone(Div.class, spec -> spec.withId("announcement-editor"));

        _click(_get(Button.class, spec -> spec.withId("announcement-pin-" + saved.id())));
        expectNotifications("The announcement is pinned to the top of the contest page.");
        assertThat(as(organiser, () -> announcements.get(saved.id())).pinned()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("announcement-edit-" + saved.id())));
        assertThat(_get(Paragraph.class, spec -> spec.withId("announcement-correction-note")).getText())
                .contains("short correction notice");
        _assertNone(Button.class, spec -> spec.withId("announcement-publish"));
    }

    @Test
    void schedulingTakesATimeInTheContestsZoneAndRefusalsAreShownInChinese() {
        ContestEditState contest = contestWithTwoMembers();
        signInAs(organiser);
        useLocale(SupportedLocales.CHINESE);
        navigate("organise/contests/" + contest.id() + "/announcements");
        _click(_get(Button.class, spec -> spec.withId("announcement-new")));
        assertThat(_get(TextField.class, spec -> spec.withId("announcement-title-zh")).getLabel())
                .isEqualTo("标题（中文）");
        _click(_get(Button.class, spec -> spec.withId("announcement-save")));
        expectNotifications("请填写公告标题（英文或中文）。");
        assertThat(as(organiser, () -> announcements.list(contest.id()))).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("announcement-title-zh")), "定时公告");
        _setValue(_get(TextArea.class, spec -> spec.withId("announcement-body-zh")), "明天见。");
        LocalDateTime tomorrowInShanghai = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(1)),
                ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("announcement-publish-at")), tomorrowInShanghai);
        _click(_get(Button.class, spec -> spec.withId("announcement-schedule")));
        expectNotifications("公告将在选定的时间发布。");

        AnnouncementRow row = as(organiser, () -> announcements.list(contest.id())).get(0);
        assertThat(row.status()).isEqualTo(AnnouncementStatus.SCHEDULED);
        assertThat(row.publishAt()).isEqualTo(tomorrowInShanghai.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(_get(Div.class, spec -> spec.withId("announcement-" + row.id())).getElement().getTextRecursively())
                .contains("已定时", "将于 ", "(Asia/Shanghai)");
    }

    @Test
    void anotherOrganiserFindsNothingAndTheContestListLinksTheEditor() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        signInAs(person(Role.ORGANISER));
        navigate("organise/contests/" + contest.id() + "/announcements");
        assertThat(_find(NotFoundView.class)).hasSize(1);

        signInAs(organiser);
        navigate("organise");
        Grid<?> grid = _get(Grid.class);
        Component actions = _getCellComponent(grid, 0, "actions");
        Anchor link = _get(actions, Anchor.class, spec -> spec.withId("announcements-" + contest.input().slug()));
        assertThat(link.getText()).isEqualTo("Announcements");
        navigate(link.getHref());
        _assertNone(NotFoundView.class);
        _get(Button.class, spec -> spec.withId("announcement-new"));
    }

    @Test
    void theContestPageShowsPinnedFirstThenNewestInTheViewersLanguageAndZone() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        AnnouncementRow older = publish(contest, "Older", "较早");
        as(organiser, () -> announcements.pin(older.id(), announcements.get(older.id()).version(), true));
        publish(contest, "Earlier", "稍早");
        publish(contest, "Latest", "最新");
        as(organiser, () -> announcements.create(contest.id(), input("Draft only", "仅草稿")));

        signInAs(berliner);
        navigate("contests/" + contest.input().slug());
        Div section = _get(Div.class, spec -> spec.withId("contest-announcements"));
        List<String> titles = _find(section, H3.class).stream()
                .map(title -> title.getElement().getTextRecursively()).toList();
        assertThat(titles).hasSize(3);
        assertThat(titles.get(0)).isEqualTo("Older Pinned");
        assertThat(titles.subList(1, 3)).containsExactly("Latest", "Earlier");
        assertThat(section.getElement().getTextRecursively()).contains("Announcements", "(Europe/Berlin)",
                "Published ").doesNotContain("Draft only");
        assertThat(_get(Anchor.class, spec -> spec.withId("announcements-feed")).getHref())
                .isEqualTo("contests/" + contest.input().slug() + "/announcements.atom?lang=en");

        useLocale(SupportedLocales.CHINESE);
        navigate("contests/" + contest.input().slug());
        Div chinese = _get(Div.class, spec -> spec.withId("contest-announcements"));
        assertThat(_find(chinese, H3.class).stream().map(H3::getText).toList().get(1)).isEqualTo("最新");
        assertThat(chinese.getElement().getTextRecursively()).contains("公告", "发布于 ", "订阅（Atom 订阅源）")
                .doesNotContain("Latest");
    }

    @Test
    void aContestWithoutPublishedAnnouncementsHasNoSection() {
        ContestEditState contest = TeamFixtures.publishedContest(contests, organiser, clock.instant());
        as(organiser, () -> announcements.create(contest.id(), input("Draft", "草稿")));
        navigate("contests/" + contest.input().slug());
        _assertNone(Div.class, spec -> spec.withId("contest-announcements"));
    }

    private AnnouncementRow publish(ContestEditState contest, String en, String zh) {
        AnnouncementRow row = as(organiser, () -> announcements.create(contest.id(), input(en, zh)));
        as(organiser, () -> announcements.publish(row.id(), row.version()));
        return row;
    }

    private static AnnouncementInput input(String en, String zh) {
        return new AnnouncementInput(new LocalizedText(en, zh), new LocalizedText(en + " text", zh + " 正文"));
    }
}
