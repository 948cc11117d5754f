package org.opencontest.incubation;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.opencontest.incubation.IncubationFixtures.Setup;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.NotFoundView;
import org.opencontest.submission.SubmissionFixtures.Scenario;
import org.opencontest.support.Actors;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The incubation views driven server-side, per role and in both languages. */
class IncubationViewsTest extends KaribuTest {

    @Autowired
    IncubationProjects projects;
    @Autowired
    IncubatorOrganisations organisations;
    @Autowired
    IncubationFixtures fixtures;

    Setup setUp(String title) {
        return fixtures.setUp(title, fixtures.today().minusMonths(2), true);
    }

    @Test
    void theTeamSubmitsACheckInTheIncubatorVerifiesItAndTheDashboardChartCarriesTheFigure() {
        Setup s = setUp("Radar " + java.util.UUID.randomUUID().toString().substring(0, 6));
        LocalDate first = fixtures.today().minusMonths(2);
        signInAs(s.entry().leader());
        navigate("incubation/projects/" + s.projectId());
        assertThat(_get(Anchor.class, spec -> spec.withId("check-in-" + first)).getText()).isEqualTo("Fill in");
        navigate("incubation/projects/" + s.projectId() + "/check-in/" + first);
        _setValue(_get(TextArea.class, spec -> spec.withId("checkin-narrative")), "Pilot on route 71 started.");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("kpi-revenue")), new BigDecimal("86000"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("kpi-employees")), 5);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("kpi-funding-equity")), BigDecimal.ZERO);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("kpi-funding-debt")), BigDecimal.ZERO);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("kpi-funding-grant")), new BigDecimal("300000"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("kpi-active-users")), 4200);
        _setValue(_get(IntegerField.class, spec -> spec.withId("kpi-datasets")), 3);
        @SuppressWarnings("unchecked")
        Select<AdoptionStage> adoption = _get(Select.class, spec -> spec.withId("kpi-adoption"));
        _setValue(adoption, AdoptionStage.PILOT);
        _setValue(_get(IntegerField.class, spec -> spec.withId("kpi-partners")), -2);
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("checkin-submit"))))
                .hasMessageStartingWith("incubation.kpi.error.negative");
        _setValue(_get(IntegerField.class, spec -> spec.withId("kpi-partners")), 2);
        _click(_get(Button.class, spec -> spec.withId("checkin-submit")));
        expectNotifications("The check-in is submitted; your incubator is told.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-status")).getText()).startsWith("Status: Submitted");

        signInAs(s.incubator());
        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("incubation/projects/" + s.projectId() + "/check-in/" + first);
        _setValue(_get(TextArea.class, spec -> spec.withId("checkin-review-comment")), "与银行流水一致。");
        _click(_get(Button.class, spec -> spec.withId("checkin-verify")));
        // (the incubator's fresh account also shows the e-mail verification banner, so notifications are not compared)
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-status")).getText()).startsWith("状态：已核实");

        useLocale(Locale.ENGLISH);
        navigate("incubation/dashboard");
        Div chart = _find(Div.class, spec -> spec.withClasses("chart-box")).get(0);
        assertThat(chart.getElement().getChild(0).getAttribute("data-values")).contains("=86000.0");
        // the chart's text alternative: the same figures as a table
        assertThat(_get(NativeTable.class, spec -> spec.withId("kpi-projects-chart-table")).getElement()
                .getTextRecursively()).contains(s.project().title().en()).contains("86,000");
        assertThat(_get(Div.class, spec -> spec.withId("funnel-ACCEPTED")).getElement().getTextRecursively())
                .contains("Accepted · 1");
        navigate("incubation/board");
        assertThat(_get(Anchor.class, spec -> spec.withId("board-project-" + s.projectId())).getText())
                .isEqualTo(s.project().title().en());
    }

    @Test
    void anOrganiserTakesAnEntryIntoIncubationAndMovesItsStage() {
        Scenario entry = fixtures.submittedEntry("Safe Cycling Routes");
        AppPrincipal incubator = fixtures.incubatorAccount();
        as(Actors.person(Role.ADMIN), () -> organisations.create(new org.opencontest.shared.i18n.LocalizedText(
                "Shanghai Data Incubator " + entry.contestId(), "上海数据孵化器")));
        signInAs(entry.organiser());
        navigate("organise/incubation/" + entry.contestId());
        assertThat(_size(_get(Grid.class, spec -> spec.withId("incubation-candidates")))).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Grid<Candidate> candidates = _get(Grid.class, spec -> spec.withId("incubation-candidates"));
        _click((Button) _getCellComponent(candidates, 0, "take"));
        @SuppressWarnings("unchecked")
        ComboBox<IncubatorOrgView> org = _get(ComboBox.class, spec -> spec.withId("take-org"));
        IncubatorOrgView chosen = as(entry.organiser(), organisations::all).stream()
                .filter(o -> o.name().en().equals("Shanghai Data Incubator " + entry.contestId())).findFirst()
                .orElseThrow();
        _setValue(org, chosen);
        _click(_get(Button.class, spec -> spec.withId("take-confirm")));
        expectNotifications("Safe Cycling Routes is in incubation; the team is asked for consent.");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("incubation-projects")))).isEqualTo(1);
        long projectId = as(entry.organiser(), () -> projects.contestProjects(entry.contestId())).get(0).id();

        navigate("incubation/projects/" + projectId);
        @SuppressWarnings("unchecked")
        Select<Stage> next = _get(Select.class, spec -> spec.withId("stage-next"));
        _setValue(next, Stage.PROTOTYPE);
        _setValue(_get(TextArea.class, spec -> spec.withId("stage-reason")), "Prototype shown to the bureau.");
        _click(_get(Button.class, spec -> spec.withId("stage-move")));
        assertThat(_get(Span.class, spec -> spec.withId("project-stage")).getText()).isEqualTo("Prototype");
        expectNotifications("The project is now at the stage Prototype.");

        signInAs(entry.leader());
        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("incubation/projects/" + projectId);
        assertThat(_get(Span.class, spec -> spec.withId("project-stage")).getText()).isEqualTo("原型");
        _click(_get(Button.class, spec -> spec.withId("consent-accept")));
        expectNotifications("你的答复已记录。");
        assertThat(_get(Paragraph.class, spec -> spec.withId("consent-status")).getText()).startsWith("已接受");
        assertThat(incubator).isNotNull();
    }

    @Test
    void futurePeriodsStrangersAndVisitorsSeeOnlyWhatTheyMay() {
        Setup s = setUp("Showcased " + java.util.UUID.randomUUID().toString().substring(0, 6));
        signInAs(s.entry().leader());
        LocalDate next = fixtures.today().minusMonths(2).plusMonths(3);
        navigate("incubation/projects/" + s.projectId() + "/check-in/" + next);
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-refused")).getText())
                .isEqualTo("This period starts on " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Locale.ENGLISH).format(next) + "; its check-in opens that day.");
        useLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("incubation/projects/" + s.projectId() + "/check-in/" + next);
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-refused")).getText())
                .isEqualTo("该报告期于 " + next.getYear() + "年" + next.getMonthValue() + "月" + next.getDayOfMonth()
                        + "日 开始；从那天起才能填写进展报告。");
        useLocale(Locale.ENGLISH);
        // the running period opened today: its check-in can be filled in already
        navigate("incubation/projects/" + s.projectId() + "/check-in/" + fixtures.today().minusMonths(2).plusMonths(2));
        _get(TextArea.class, spec -> spec.withId("checkin-narrative"));

        signInAs(Actors.person(Role.PARTICIPANT));
        navigate("incubation/projects/" + s.projectId());
        _get(NotFoundView.class);

        signOut();
        navigate("showcase");
        assertThat(_get(Div.class, spec -> spec.withId("showcase-" + s.projectId())).getElement()
                .getTextRecursively()).contains(s.project().title().en());
    }
}
