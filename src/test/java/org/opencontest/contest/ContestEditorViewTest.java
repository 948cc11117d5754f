package org.opencontest.contest;

import org.opencontest.shared.i18n.LocalizedText;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.contest.ContestFixtures.input;
import static org.opencontest.contest.ContestFixtures.uniqueSlug;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.opencontest.contest.ui.ContestEditorView;
import org.opencontest.contest.ui.MyContestsView;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ContestEditorViewTest extends KaribuTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int BASICS = 0;
    private static final int TEXTS = 1;
    private static final int TRACKS = 2;
    private static final int PRIZES = 3;
    private static final int TIMELINE = 4;
    private static final int COVER = 5;

    @Autowired
    ContestService contests;

    @Autowired
    Clock clock;

    final AppPrincipal organiser = person(Role.ORGANISER);

    @Test
    void anOrganiserCreatesAContestThroughTheForm() {
        signInAs(organiser);
        navigate("organise");
        _click(_get(Button.class, spec -> spec.withId("new-contest")));
        _get(ContestEditorView.class);

        String slug = uniqueSlug("form");
        tab(BASICS);
        _setValue(field(TextField.class, "slug"), slug);
        _setValue(field(TextField.class, "theme-en"), "City safety");
        tab(TEXTS);
        _setValue(field(TextField.class, "title-en"), "Form Cup");
        _setValue(field(TextField.class, "title-zh"), "表单杯");
        _setValue(field(TextArea.class, "summary-en"), "Made through the editor.");
        _setValue(field(TextArea.class, "description-en"), "**Bold** idea");
        tab(TRACKS);
        _click(_get(Button.class, spec -> spec.withId("add-track")));
        _setValue(field(TextField.class, "track-0-name-en"), "Traffic safety");
        _setValue(field(TextField.class, "track-0-name-zh"), "交通安全");
        tab(PRIZES);
        _click(_get(Button.class, spec -> spec.withId("add-prize")));
        _setValue(field(TextField.class, "prize-0-title-en"), "First prize");
        _setValue(field(BigDecimalField.class, "prize-0-amount"), new BigDecimal("20000"));
        @SuppressWarnings("unchecked")
        Select<Object> prizeTrack = _get(Select.class, spec -> spec.withId("prize-0-track"));
        _setValue(prizeTrack, prizeTrack.getListDataView().getItem(0));
        tab(TIMELINE);
        LocalDate start = LocalDate.ofInstant(clock.instant(), SHANGHAI).plusDays(3);
        setPhase("registration", start.atTime(9, 0), start.plusDays(20).atTime(18, 0));
        setPhase("submission", start.plusDays(10).atTime(9, 0), start.plusDays(30).atTime(18, 0));

        _click(_get(Button.class, spec -> spec.withId("contest-save")));

        expectNotifications("Contest created as a draft.");
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("organise/contests/\\d+");
        ContestEditState saved = as(organiser, () -> contests.edit(Long.parseLong(path.substring(path.lastIndexOf('/') + 1))));
        assertThat(saved.status()).isEqualTo(ContestStatus.DRAFT);
        assertThat(saved.input().slug()).isEqualTo(slug);
        assertThat(saved.input().title()).isEqualTo(new LocalizedText("Form Cup", "表单杯"));
        assertThat(saved.input().zone()).isEqualTo(SHANGHAI);
        assertThat(saved.input().tracks()).extracting(t -> t.name().zh()).containsExactly("交通安全");
        assertThat(saved.input().prizes()).singleElement().satisfies(prize -> {
            assertThat(prize.amount()).isEqualByComparingTo("20000");
            assertThat(prize.currency()).isEqualTo("CNY");
            assertThat(prize.trackIndex()).isZero();
        });
        assertThat(saved.input().phases()).extracting(PhaseWindow::opens).containsExactly(
                start.atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant(),
                start.plusDays(10).atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant());

        // the reloaded editor shows what was saved
        tab(TEXTS);
        assertThat(field(TextField.class, "title-zh").getValue()).isEqualTo("表单杯");
        assertThat(_get(ContestEditorView.class).getPageTitle()).isEqualTo("Edit contest: Form Cup");
    }

    @Test
    void anInvalidTimelineShowsTheTranslatedRuleAndSavesNothing() {
        signInAs(organiser);
        navigate("organise/contests/new");
        tab(TEXTS);
        _setValue(field(TextField.class, "title-en"), "Broken timeline " + uniqueSlug("t"));
        tab(TIMELINE);
        LocalDateTime day = LocalDate.ofInstant(clock.instant(), SHANGHAI).plusDays(5).atTime(9, 0);
        setPhase("judging", day, day.plusDays(10));
        setPhase("results", day.plusDays(5), day.plusDays(6));

        _click(_get(Button.class, spec -> spec.withId("contest-save")));

        Div error = _get(Div.class, spec -> spec.withId("timeline-error"));
        assertThat(error.getText()).isEqualTo("Judging must close before Results opens: phases may not overlap "
                + "(only registration may stay open during submission).");
        expectNotifications(error.getText());
        assertThat(_get(TabSheet.class).getSelectedIndex()).isEqualTo(TIMELINE);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("organise/contests/new");

        useLocale(SupportedLocales.CHINESE);
        setPhase("results", day.plusDays(12), day.plusDays(11));
        _click(_get(Button.class, spec -> spec.withId("contest-save")));
        assertThat(_get(Div.class, spec -> spec.withId("timeline-error")).getText())
                .isEqualTo("结果公布的开始时间必须早于截止时间。");
    }

    @Test
    void fieldErrorsAreShownOnTheFieldInTheViewersLanguage() {
        signInAs(organiser);
        useLocale(SupportedLocales.CHINESE);
        navigate("organise/contests/new");
        tab(TIMELINE);
        _click(_get(Button.class, spec -> spec.withId("contest-save")));

        assertThat(_get(TabSheet.class).getSelectedIndex()).as("jumps to the tab with the error").isEqualTo(TEXTS);
        TextField title = field(TextField.class, "title-en");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("请填写标题（英文）。");
        expectNotifications("部分字段需要修改，已用红色标出。");
    }

    @Test
    void anOrganiserPublishesADraftAfterConfirming() {
        String slug = uniqueSlug("publish");
        ContestEditState draft = as(organiser, () -> contests.create(input(slug, clock.instant())));
        signInAs(organiser);
        navigate("organise/contests/" + draft.id());
        assertThat(_get(ContestEditorView.class).getPageTitle()).isEqualTo("Edit contest: Open Data Test Cup " + slug);
        tab(COVER);
        Upload cover = field(Upload.class, "cover-upload");
        assertThat(cover.getElement().getProperty("maxFileSize", 0.0)).isEqualTo((double) ContestRules.COVER_MAX_BYTES);
        assertThat(cover.getAcceptedFileTypes()).contains("image/png", ".png", "image/jpeg", ".jpg")
                .doesNotContain("image/svg+xml", ".svg");

        _click(_get(Button.class, spec -> spec.withId("contest-publish")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Publish this contest?");
        ConfirmDialogKt._fireConfirm(dialog);

        expectNotifications("Contest saved.", "Contest published.");
        assertThat(as(organiser, () -> contests.edit(draft.id())).status()).isEqualTo(ContestStatus.PUBLISHED);
        _get(Button.class, spec -> spec.withId("contest-archive"));
        _assertNone(Button.class, spec -> spec.withId("contest-publish"));

        navigate("organise");
        assertThat(as(organiser, () -> contests.myContests(PageRequest.of(0, 10))))
                .extracting(ContestSummary::slug).contains(slug);
        _get(MyContestsView.class);
    }

    @Test
    void shorteningAPublishedTimelineAsksForAReasonAndShowsWhoIsAffected() {
        ContestEditState published = as(organiser, () -> {
            ContestEditState draft = contests.create(input(uniqueSlug("shorten"), clock.instant()));
            return contests.publish(draft.id(), draft.version());
        });
        signInAs(organiser);
        navigate("organise/contests/" + published.id());
        tab(TIMELINE);
        DateTimePicker closes = field(DateTimePicker.class, "phase-submission-closes");
        _setValue(closes, closes.getValue().minusDays(5));
        _click(_get(Button.class, spec -> spec.withId("contest-save")));

        assertThat(_get(ConfirmAction.class).getHeaderTitle()).isEqualTo("Give teams less time?");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("change-shifts")).getElement().getTextRecursively())
                .startsWith("Submission closes: ").contains("→", "(Asia/Shanghai)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("change-affected")).getText())
                .isEqualTo("0 approved teams have not submitted yet; 0 of them have a draft in progress.");
        _assertNone(Checkbox.class, spec -> spec.withId("change-close-now"));

        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        TextArea reason = field(TextArea.class, "change-reason");
        assertThat(reason.isInvalid()).as("no reason: the dialog stays open").isTrue();
        assertThat(as(organiser, () -> contests.edit(published.id())).version()).isEqualTo(published.version());

        _setValue(reason, "The jury travels earlier.");
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("Contest saved.");
        _assertNone(ConfirmAction.class);
        assertThat(as(organiser, () -> contests.timelineChanges(published.id()))).singleElement()
                .satisfies(change -> assertThat(change.reason()).isEqualTo("The jury travels earlier."));
    }

    @Test
    void archivingSaysItCannotBeUndoneAndTheButtonGoes() {
        ContestEditState published = as(organiser, () -> {
            ContestEditState draft = contests.create(input(uniqueSlug("archive"), clock.instant()));
            return contests.publish(draft.id(), draft.version());
        });
        signInAs(organiser);
        useLocale(SupportedLocales.CHINESE);
        navigate("organise/contests/" + published.id());
        _click(_get(Button.class, spec -> spec.withId("contest-archive")));
        assertThat(_get(ConfirmAction.class).getHeaderTitle()).isEqualTo("归档此大赛？");
        assertThat(_get(Paragraph.class, spec -> spec.withId("confirm-irreversible")).getText())
                .isEqualTo("此操作无法撤销。");
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));
        expectNotifications("大赛已归档。");
        _assertNone(Button.class, spec -> spec.withId("contest-archive"));
        assertThat(as(organiser, () -> contests.edit(published.id())).status()).isEqualTo(ContestStatus.ARCHIVED);
    }

    @Test
    void anotherOrganisersContestIsNotFound() {
        ContestEditState draft = as(organiser, () -> contests.create(input(uniqueSlug("private"), clock.instant())));
        signInAs(person(Role.ORGANISER));
        navigate("organise/contests/" + draft.id());
        _get(NotFoundView.class);
        navigate("organise/contests/not-a-number");
        _get(NotFoundView.class);
    }

    @Test
    void theCalendarOverlaySpeaksChinese() {
        signInAs(organiser);
        navigate("organise/contests/new");
        useLocale(SupportedLocales.CHINESE);
        tab(TIMELINE);

        DateTimePicker opens = field(DateTimePicker.class, "phase-registration-opens");
        assertThat(opens.getDatePickerI18n().getToday()).isEqualTo("今天");
        assertThat(opens.getDatePickerI18n().getMonthNames()).startsWith("一月", "二月");
        assertThat(opens.getDatePickerI18n().getWeekdaysShort()).startsWith("周日", "周一");
    }

    private static void tab(int index) {
        _get(TabSheet.class).setSelectedIndex(index);
    }

    private static <T extends Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private static void setPhase(String kind, LocalDateTime opens, LocalDateTime closes) {
        _setValue(field(Checkbox.class, "phase-" + kind + "-include"), true);
        _setValue(field(DateTimePicker.class, "phase-" + kind + "-opens"), opens);
        _setValue(field(DateTimePicker.class, "phase-" + kind + "-closes"), closes);
    }

    @Test
    void anOrganiserClonesAContestForItsNextEdition() {
        ContestEditState source = as(organiser, () -> contests.create(ContestFixtures.input(uniqueSlug("yearly"),
                clock.instant())));
        signInAs(organiser);
        navigate("organise/contests/" + source.id());

        _click(_get(Button.class, spec -> spec.withId("contest-clone")));
        assertThat(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("clone-years"))
                .getValue()).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("confirm-action")));

        expectNotifications("Clone created as a draft: check it and publish it when it is ready.");
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        long cloneId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(cloneId).isNotEqualTo(source.id());
        ContestEditState clone = as(organiser, () -> contests.edit(cloneId));
        assertThat(clone.status()).isEqualTo(ContestStatus.DRAFT);
        assertThat(clone.input().phases().get(0).opens())
                .isEqualTo(source.input().phases().get(0).opens().atZone(SHANGHAI).plusYears(1).toInstant());
    }
}
