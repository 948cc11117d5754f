package org.opencontest.team.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.opencontest.contest.ContestPage;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;
import org.opencontest.team.ContestTeams;
import org.opencontest.team.EligibilityQuestion;
import org.opencontest.team.QuestionKind;
import org.opencontest.team.RegistrationSetup;
import org.opencontest.team.internal.RulesConsent;
import org.opencontest.team.TeamDetail;
import org.opencontest.team.internal.TeamExport;
import org.opencontest.team.internal.TeamMessaging;
import org.opencontest.team.TeamQuery;
import org.opencontest.team.TeamReview;
import org.opencontest.team.TeamRow;
import org.opencontest.team.TeamStatus;

/**
 * The organiser's teams of one contest: a lazily loaded list with search and filters (status, track, size,
 * eligibility answers), the selected team's members and answers with the decisions (approve, reject, disqualify,
 * each with the reason mailed to the team), the CSV export and messages to teams by status.
 */
@Route("organise/contests/:contestId/teams")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class ContestTeamsView extends LoadedView implements HasDynamicTitle {

    private final transient RegistrationSetup setup;
    private final transient TeamReview review;
    private final transient TeamMessaging messaging;
    private final transient TeamExport teamExport;
    private long contestId;
    private ContestTeams overview;
    private final TextField search = new TextField();
    private final Select<TeamStatus> status = new Select<>();
    private final Select<ContestPage.Track> track = new Select<>();
    private final Select<TeamQuery.SizeFilter> size = new Select<>();
    private final Select<EligibilityQuestion> question = new Select<>();
    private final Select<String> answer = new Select<>();
    private final Grid<TeamRow> grid = new Grid<>();
    private final Div detail = new Div();
    private final Span counts = new Span();
    private TeamDetail selected;

    public ContestTeamsView(RegistrationSetup setup, TeamReview review, TeamMessaging messaging,
                            TeamExport teamExport) {
        this.setup = setup;
        this.review = review;
        this.messaging = messaging;
        this.teamExport = teamExport;
        setId("contest-teams");
        addClassName("contest-teams");
        search.setId("teams-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        status.setId("teams-status");
        status.setItems(TeamStatus.values());
        status.setEmptySelectionAllowed(true);
        track.setId("teams-track");
        track.setEmptySelectionAllowed(true);
        size.setId("teams-size");
        size.setItems(TeamQuery.SizeFilter.values());
        size.setEmptySelectionAllowed(true);
        question.setId("teams-question");
        question.setEmptySelectionAllowed(true);
        answer.setId("teams-answer");
        answer.setEmptySelectionAllowed(true);
        search.addValueChangeListener(change -> refreshGrid());
        status.addValueChangeListener(change -> refreshGrid());
        track.addValueChangeListener(change -> refreshGrid());
        size.addValueChangeListener(change -> refreshGrid());
        question.addValueChangeListener(change -> {
            EligibilityQuestion chosen = change.getValue();
            answer.setItems(chosen == null ? List.of() : chosen.kind() == QuestionKind.YES_NO
                    ? List.of(QuestionKind.YES, QuestionKind.NO) : chosen.choices());
            answer.setVisible(chosen != null);
            refreshGrid();
        });
        answer.addValueChangeListener(change -> refreshGrid());
        grid.setId("teams-grid");
        grid.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));
        grid.setSizeFull();
        counts.setId("teams-counts");
        counts.addClassName("muted");
        detail.setId("team-detail");
        detail.setWidth("24em");
        detail.setHeightFull();
        detail.addClassName("team-detail");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        contestId = idParameter(event, "contestId");
        overview = setup.overview(contestId);
    }

    @Override
    protected void render() {
        Locale locale = TeamUi.locale();
        ContestPage contest = overview.contest();
        H1 title = new H1(getTranslation("team.admin.title", contest.title().in(locale)));
        showCounts();

        Anchor settings = new Anchor("organise/contests/" + contestId + "/team-settings",
                getTranslation("team.admin.settings"));
        settings.setId("team-settings-link");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] csv = teamExport.exportCsv(contestId, locale);
            return new DownloadResponse(new ByteArrayInputStream(csv), contest.slug() + "-teams.csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("team.admin.export"));
        export.setId("teams-export");
        Button message = new Button(getTranslation("team.admin.message"), VaadinIcon.ENVELOPE.create(),
                click -> openMessageDialog());
        message.setId("teams-message");
        HorizontalLayout actions = new HorizontalLayout(settings, export, message);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        search.setPlaceholder(getTranslation("team.admin.search"));
        search.setAriaLabel(getTranslation("team.admin.search"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("team.admin.allStatuses")
                : getTranslation(s.messageKey()));
        status.setEmptySelectionCaption(getTranslation("team.admin.allStatuses"));
        track.setItems(contest.tracks());
        track.setVisible(!contest.tracks().isEmpty());
        track.setItemLabelGenerator(t -> t == null ? getTranslation("team.admin.allTracks") : t.name().in(locale));
        track.setEmptySelectionCaption(getTranslation("team.admin.allTracks"));
        size.setItemLabelGenerator(s -> s == null ? getTranslation("team.admin.allSizes")
                : getTranslation(s.messageKey()));
        size.setEmptySelectionCaption(getTranslation("team.admin.allSizes"));
        List<EligibilityQuestion> filterable = overview.questions().stream()
                .filter(q -> q.kind() != QuestionKind.TEXT).toList();
        question.setItems(filterable);
        question.setVisible(!filterable.isEmpty());
        answer.setVisible(question.getValue() != null);
        question.setItemLabelGenerator(q -> q == null ? getTranslation("team.admin.anyQuestion") : q.prompt(locale));
        question.setEmptySelectionCaption(getTranslation("team.admin.anyQuestion"));
        answer.setEmptySelectionCaption(getTranslation("team.admin.anyAnswer"));
        answer.setItemLabelGenerator(this::answerLabel);
        HorizontalLayout filters = new HorizontalLayout(search, status, track, size, question, answer);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.removeAllColumns();
        Map<Long, String> tracks = contest.tracks().stream()
                .collect(Collectors.toMap(ContestPage.Track::id, t -> t.name().in(locale)));
        grid.addColumn(TeamRow::name).setHeader(getTranslation("team.column.name")).setSortProperty("name").setAutoWidth(true)
                .setFlexGrow(3);
        grid.addComponentColumn(row -> TeamUi.statusBadge(this, row.status()))
                .setHeader(getTranslation("team.column.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(row -> row.trackId() == null ? "" : tracks.getOrDefault(row.trackId(), ""))
                .setHeader(getTranslation("team.field.track")).setVisible(!tracks.isEmpty());
        grid.addColumn(row -> row.solo() ? getTranslation("team.admin.solo") : String.valueOf(row.memberCount()))
                .setHeader(getTranslation("team.column.members")).setSortProperty("memberCount").setAutoWidth(true);
        grid.addColumn(TeamRow::leaderName).setHeader(getTranslation("team.column.leader")).setFlexGrow(2);
        grid.addColumn(row -> DateTimes.formatDate(row.createdAt(), ViewerZone.get(), locale))
                .setHeader(getTranslation("team.column.registered")).setSortProperty("createdAt").setAutoWidth(true);
        grid.setItems(query -> review.find(contestId, query(), VaadinSpringDataHelpers
                .toSpringPageRequest(query)).stream(), query -> (int) review.count(contestId, query()));
        grid.setEmptyStateText(getTranslation("team.admin.empty"));

        HorizontalLayout content = new HorizontalLayout(grid, detail);
        content.setWidthFull();
        content.addClassName("contest-teams-content");
        content.setFlexGrow(1, grid);
        content.setFlexShrink(0, detail);
        HorizontalLayout header = new HorizontalLayout(title, counts);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, actions, filters, content);
        renderDetail();
    }

    private void showCounts() {
        counts.setText(getTranslation("team.admin.counts", overview.total(),
                overview.countsByStatus().get(TeamStatus.PENDING), overview.countsByStatus().get(TeamStatus.APPROVED)));
    }

    private TeamQuery query() {
        return new TeamQuery(search.getValue(), status.getValue(),
                track.getValue() == null ? null : track.getValue().id(), size.getValue(),
                question.getValue() == null ? null : question.getValue().id(), answer.getValue());
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }

    private void select(TeamRow row) {
        selected = row == null ? null : review.detail(row.id());
        renderDetail();
    }

    private void renderDetail() {
        detail.removeAll();
        if (selected == null) {
            detail.add(new Paragraph(getTranslation("team.admin.selectHint")));
            return;
        }
        H3 name = new H3(selected.name());
        name.setId("team-detail-name");
        detail.add(name, TeamUi.statusBadge(this, selected.status()), decisionButtons());
        if (selected.description() != null) {
            detail.add(new Paragraph(selected.description()));
        }
        if (selected.decisionReason() != null) {
            detail.add(new Paragraph(getTranslation("team.page.reason", selected.decisionReason())));
        }
        for (TeamDetail.Member member : selected.members()) {
            Div card = new Div(new Span(member.displayName() + (member.leader()
                    ? " (" + getTranslation("team.role.leader") + ")" : "")), new Div(member.email()));
            card.addClassNames("card", "team-detail-member");
            Span consent = new Span(getTranslation("team.admin.consent",
                    RulesConsent.readable(member.rulesVersion()),
                    DateTimes.format(member.consentedAt(), ViewerZone.get(), TeamUi.locale())));
            // the full record, with the fingerprint of the rules text, for whoever needs to prove what was accepted
            consent.getElement().setAttribute("title", Objects.toString(member.rulesVersion(), ""));
            consent.addClassName("muted");
            card.add(new Div(consent));
            for (EligibilityQuestion asked : overview.questions()) {
                String given = member.answers().get(asked.id());
                if (given != null) {
                    Div line = new Div(getTranslation("team.admin.answer", asked.prompt(TeamUi.locale()),
                            answerLabel(given)));
                    line.addClassName("muted");
                    card.add(line);
                }
            }
            detail.add(card);
        }
    }

    private Component decisionButtons() {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        TeamStatus current = selected.status();
        if (current == TeamStatus.PENDING || current == TeamStatus.REJECTED) {
            Button approve = new Button(getTranslation("team.admin.approve"), VaadinIcon.CHECK.create());
            approve.setId("team-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            SingleSubmit.onClick(approve, () -> decided(review.approve(selected.id(), selected.version()),
                    "team.admin.approved"));
            buttons.add(approve);
        }
        if (current == TeamStatus.PENDING || current == TeamStatus.APPROVED) {
            Button reject = new Button(getTranslation("team.admin.reject"), click -> reasonDialog(
                    "team.admin.reject", reason -> decided(review.reject(selected.id(), selected.version(),
                            reason), "team.admin.rejected")));
            reject.setId("team-reject");
            buttons.add(reject);
        }
        if (current != TeamStatus.DISQUALIFIED) {
            Button disqualify = new Button(getTranslation("team.admin.disqualify"), click -> reasonDialog(
                    "team.admin.disqualify", reason -> decided(review.disqualify(selected.id(),
                            selected.version(), reason), "team.admin.disqualified")));
            disqualify.setId("team-disqualify");
            disqualify.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(disqualify);
        }
        return buttons;
    }

    private void decided(TeamDetail team, String noticeKey) {
        selected = team;
        overview = setup.overview(contestId);
        showCounts();
        Notices.success(noticeKey, team.name());
        refreshGrid();
        renderDetail();
    }

    private void reasonDialog(String titleKey, java.util.function.Consumer<String> decide) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey) + ": " + selected.name());
        TextArea reason = new TextArea(getTranslation("team.admin.reason"));
        reason.setId("decision-reason");
        reason.setWidth("28em");
        reason.setMaxLength(2000);
        Button confirm = new Button(getTranslation(titleKey));
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(confirm, () -> {
            decide.accept(reason.getValue());
            dialog.close();
        });
        Button cancel = new Button(getTranslation("team.confirm.cancel"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("team.admin.reasonHint")), reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void openMessageDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("team.admin.message"));
        Select<TeamStatus> to = new Select<>();
        to.setId("message-status");
        to.setLabel(getTranslation("team.admin.messageTo"));
        to.setItems(TeamStatus.values());
        to.setEmptySelectionAllowed(true);
        to.setEmptySelectionCaption(getTranslation("team.admin.allTeams"));
        to.setItemLabelGenerator(s -> s == null ? getTranslation("team.admin.allTeams")
                : getTranslation("team.admin.teamsWithStatus", getTranslation(s.messageKey())));
        Span recipients = new Span();
        recipients.setId("message-recipients");
        recipients.addClassName("muted");
        Runnable count = () -> recipients.setText(getTranslation("team.admin.recipients",
                messaging.recipients(contestId, to.getValue())));
        to.addValueChangeListener(change -> count.run());
        count.run();
        TextField subject = new TextField(getTranslation("team.admin.subject"));
        subject.setId("message-subject");
        subject.setWidthFull();
        subject.setMaxLength(200);
        TextArea body = new TextArea(getTranslation("team.admin.body"));
        body.setId("message-body");
        body.setWidthFull();
        body.setMinHeight("10em");
        body.setMaxLength(5000);
        Button send = new Button(getTranslation("team.admin.send"), VaadinIcon.PAPERPLANE.create());
        send.setId("message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(send, () -> {
            int sent = messaging.message(contestId, to.getValue(), subject.getValue(), body.getValue());
            Notices.success("team.admin.sent", sent);
            dialog.close();
        });
        Button cancel = new Button(getTranslation("team.confirm.cancel"), click -> dialog.close());
        VerticalLayout form = new VerticalLayout(to, recipients, subject, body);
        form.setPadding(false);
        form.setWidth("34em");
        dialog.add(form);
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    private String answerLabel(String value) {
        if (value == null) {
            return getTranslation("team.admin.anyAnswer");
        }
        return QuestionKind.YES.equals(value) || QuestionKind.NO.equals(value)
                ? getTranslation("team.answer." + value) : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.admin.pageTitle");
    }
}
