package org.opencontest.judging.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.judging.AwardInput;
import org.opencontest.judging.internal.JudgingLog;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.ResultsDesk;
import org.opencontest.judging.ResultsState;
import org.opencontest.judging.RoundDetail;
import org.opencontest.judging.internal.AwardDetail;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;
import org.opencontest.submission.ContestSubmissions;
import org.opencontest.submission.SubmissionFilter;
import org.opencontest.submission.VersionSummary;

/**
 * The organiser's results page of a contest: the rankings of its rounds, awards (the contest's prizes and special
 * awards, each with its reason), whether teams see their scores, publication, and the judging log check.
 */
@Route("organise/contests/:contestId/results")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class ResultsDeskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The contest's entries an award can go to: each team's final version. */
    private static final SubmissionFilter FINALS = new SubmissionFilter(null, null, true, null);
    private static final int MAX_ENTRIES = 1000;

    private final transient ResultsDesk desk;
    private final transient JudgingSetup setup;
    private final transient JudgingLog log;
    private final transient ContestService contests;
    private final transient ContestSubmissions submissions;
    private final Grid<AwardDetail> awards = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final Checkbox showScores = new Checkbox();
    private final Button publish = new Button();
    private long contestId;
    private ResultsState state;

    /** A choice of award: one of the contest's prizes (by position) or a special award (null). */
    private record Choice(Integer position, String label) {
    }

    public ResultsDeskView(ResultsDesk desk, JudgingSetup setup, JudgingLog log, ContestService contests,
            ContestSubmissions submissions) {
        this.desk = desk;
        this.setup = setup;
        this.log = log;
        this.contests = contests;
        this.submissions = submissions;
        setId("results-desk");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contestId = event.getRouteParameters().getLong("contestId").orElse(-1L);
        if (!contests.canManage(contestId)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        state = desk.state(contestId);
        ContestPage contest = state.contest();
        Anchor gallery = new Anchor("contests/" + contest.slug() + "/results",
                getTranslation("judging.results.desk.galleryLink"));
        gallery.setId("results-gallery-link");
        add(new H1(getTranslation("judging.results.desk.title", contest.title().in(getLocale()))), gallery,
                new H3(getTranslation("judging.results.desk.rankings")), rankingLinks(),
                new H3(getTranslation("judging.results.desk.awards")), awardForm(contest), awardsGrid(),
                new H3(getTranslation("judging.results.desk.publication")), publication(),
                new H3(getTranslation("judging.results.desk.log")), new LogCheck(log, contestId));
        refresh();
    }

    private Div rankingLinks() {
        Div links = new Div();
        links.setId("ranking-links");
        for (RoundDetail round : setup.rounds(contestId)) {
            Anchor link = new Anchor("organise/rounds/" + round.id() + "/ranking",
                    getTranslation("judging.results.desk.rankingOf", round.input().name().in(getLocale())));
            link.setId("ranking-" + round.position());
            links.add(new Div(link));
        }
        if (links.getComponentCount() == 0) {
            links.add(new Paragraph(getTranslation("judging.setup.noRounds")));
        }
        return links;
    }

    private VerticalLayout awardForm(ContestPage contest) {
        Locale locale = getLocale();
        ComboBox<VersionSummary> entry = new ComboBox<>(getTranslation("judging.results.award.field.entry"));
        entry.setId("award-entry");
        entry.setItems(submissions.overview(contestId, FINALS, 0, MAX_ENTRIES));
        entry.setItemLabelGenerator(version -> version.teamName() + " — " + version.title().in(getLocale()));
        entry.setWidth("28em");
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < contest.prizes().size(); i++) {
            choices.add(new Choice(i, contest.prizes().get(i).title().in(locale)));
        }
        choices.add(new Choice(null, getTranslation("judging.results.award.special")));
        ComboBox<Choice> award = new ComboBox<>(getTranslation("judging.results.award.field.award"), choices);
        award.setItemLabelGenerator(Choice::label);
        award.setId("award-choice");
        award.setValue(choices.get(0));
        TextField nameEn = new TextField(getTranslation("judging.results.award.field.nameEn"));
        nameEn.setId("award-name-en");
        TextField nameZh = new TextField(getTranslation("judging.results.award.field.nameZh"));
        nameZh.setId("award-name-zh");
        HorizontalLayout special = new HorizontalLayout(nameEn, nameZh);
        special.setVisible(choices.get(0).position() == null);
        award.addValueChangeListener(change -> special.setVisible(change.getValue() != null
                && change.getValue().position() == null));
        TextArea reason = new TextArea(getTranslation("judging.results.award.field.reason"));
        reason.setId("award-reason");
        reason.setWidthFull();
        Button give = new Button(getTranslation("judging.results.award.give"));
        give.setId("award-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(give, () -> {
            if (entry.getValue() == null || award.getValue() == null) {
                throw new UserFacingException("judging.results.award.error.entryRequired");
            }
            long versionId = entry.getValue().id();
            AwardInput input = award.getValue().position() == null
                    ? AwardInput.special(versionId, new LocalizedText(nameEn.getValue(), nameZh.getValue()),
                            reason.getValue())
                    : AwardInput.prize(versionId, award.getValue().position(), reason.getValue());
            AwardDetail given = desk.award(contestId, input);
            Notices.success("judging.results.award.given", given.award().in(getLocale()), given.teamName());
            reason.clear();
            refresh();
        });
        HorizontalLayout row = new HorizontalLayout(entry, award);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        VerticalLayout form = new VerticalLayout(row, special, reason, give);
        form.setPadding(false);
        return form;
    }

    private Grid<AwardDetail> awardsGrid() {
        awards.removeAllColumns();
        awards.addColumn(award -> award.award().in(getLocale()))
                .setHeader(getTranslation("judging.results.award.field.award"));
        awards.addColumn(AwardDetail::teamName).setHeader(getTranslation("judging.conflict.team"));
        awards.addColumn(award -> award.title().in(getLocale()))
                .setHeader(getTranslation("judging.results.award.column.title"));
        awards.addColumn(AwardDetail::reason).setHeader(getTranslation("judging.results.award.field.reason"))
                .setFlexGrow(2);
        awards.setEmptyStateText(getTranslation("judging.results.award.none"));
        awards.setAllRowsVisible(true);
        awards.setId("awards");
        return awards;
    }

    private VerticalLayout publication() {
        status.setId("results-status");
        showScores.setLabel(getTranslation("judging.results.showScores"));
        showScores.setId("show-scores");
        showScores.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                state = desk.showScoresToTeams(contestId, state.version(), change.getValue());
                Notices.success("judging.results.showScores.saved");
            }
        });
        publish.setId("results-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> ConfirmAction.irreversible("judging.results.publishConfirm", () -> {
            boolean before = state.published();
            state = desk.publish(contestId);
            Notices.success(before ? "judging.results.alreadyPublished" : "judging.results.publishedNotice");
            refresh();
        }).ask());
        VerticalLayout box = new VerticalLayout(status, showScores, publish);
        box.setPadding(false);
        return box;
    }

    private void refresh() {
        state = desk.state(contestId);
        awards.setItems(state.awards());
        showScores.setValue(state.showScoresToTeams());
        ContestPage contest = state.contest();
        status.setText(state.published()
                ? getTranslation("judging.results.status.published", String.join(" / ",
                        ZoneDisplay.format(state.publishedAt(), contest.zone(), ViewerZone.get(), getLocale())))
                : getTranslation(state.publishable() ? "judging.results.status.ready"
                        : "judging.results.status.tooEarly"));
        // published results cannot be taken back: the button says so instead of offering it again
        publish.setText(getTranslation(state.published() ? "judging.results.publishedButton"
                : "judging.results.publish"));
        publish.setEnabled(!state.published());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("judging.results.desk.pageTitle");
    }
}
