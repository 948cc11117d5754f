package org.opencontest.community.ui.qa;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.community.internal.qa.QuestionModeration;
import org.opencontest.community.internal.qa.ReportRow;
import org.opencontest.contest.ContestPage;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.LoadedView;

/**
 * The report queue of a contest's Q&A board ({@code organise/contests/<id>/questions}, linked from the organiser's
 * contest list and from the board): open abuse reports, oldest first, loaded page by page, each with the reported
 * post; the organiser hides the post (with a reason; its reports close) or dismisses the report.
 */
@Route("organise/contests/:contestId/questions")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class QuestionModerationView extends LoadedView implements HasDynamicTitle {

    private final transient QuestionModeration moderation;
    private ContestPage contest;
    private final Grid<ReportRow> reports = new Grid<>();

    public QuestionModerationView(QuestionModeration moderation) {
        this.moderation = moderation;
        setId("qa-moderation");
        addClassName("page");
        reports.setId("qa-reports");
        reports.setHeight("70vh");
        reports.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    static String route(long contestId) {
        return "organise/contests/" + contestId + "/questions";
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        long contestId = idParameter(event, "contestId");
        contest = moderation.contest(contestId);
        reports.setItems(query -> moderation.reports(contestId, query.getOffset(), query.getLimit()).stream(),
                query -> moderation.countReports(contestId));
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("community.qa.moderation.title", contest.title().in(getLocale()))));
        Anchor board = new Anchor(QaParts.boardLink(contest.slug()), getTranslation("community.qa.toBoard"));
        board.setId("qa-moderation-board");
        add(new Paragraph(board));
        reports.removeAllColumns();
        reports.addComponentColumn(this::reportedPost).setHeader(getTranslation("community.qa.moderation.post"))
                .setFlexGrow(3).setKey("post");
        reports.addColumn(row -> QaParts.author(row.reporterName()) + ": " + row.reason())
                .setHeader(getTranslation("community.qa.moderation.reason")).setFlexGrow(2).setKey("reason");
        reports.addColumn(row -> QaParts.when(row.reportedAt()))
                .setHeader(getTranslation("community.qa.moderation.reportedAt")).setFlexGrow(1).setKey("at");
        reports.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        reports.setEmptyStateText(getTranslation("community.qa.moderation.empty"));
        add(reports);
        reports.getDataProvider().refreshAll();
    }

    private Component reportedPost(ReportRow row) {
        Anchor thread = new Anchor(QaParts.boardLink(contest.slug()) + "/" + row.threadId(), row.threadTitle());
        Span by = new Span(getTranslation("community.qa.moderation.by", QaParts.author(row.authorName())));
        by.addClassName("muted");
        Div cell = new Div(thread, by, QaParts.markdown(row.postHtml()));
        if (row.postHidden()) {
            cell.add(QaParts.badge("community.qa.hidden", "badge error"));
        }
        return cell;
    }

    private Component actions(ReportRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!row.postHidden()) {
            actions.add(QaParts.button("qa-queue-hide-" + row.reportId(), "community.qa.hide",
                    () -> QaParts.askReason("community.qa.hideDialog", "qa-hide-reason", row.reason(),
                            reason -> act(() -> moderation.hide(row.postId(), row.postVersion(), reason),
                                    "community.qa.hidden.done"))));
        }
        actions.add(QaParts.button("qa-queue-dismiss-" + row.reportId(), "community.qa.moderation.dismiss",
                () -> act(() -> moderation.dismiss(row.reportId()), "community.qa.moderation.dismissed")));
        return actions;
    }

    private void act(Runnable change, String doneKey) {
        QaParts.act(change, doneKey, reports.getDataProvider()::refreshAll);
    }

    @Override
    public String getPageTitle() {
        return contest == null ? getTranslation("error.notFound.title")
                : getTranslation("community.qa.moderation.title", contest.title().in(getLocale()));
    }
}
