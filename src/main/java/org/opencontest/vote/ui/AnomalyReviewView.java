package org.opencontest.vote.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.vote.internal.Anomaly;
import org.opencontest.vote.internal.BallotReview;
import org.opencontest.vote.internal.BallotRow;
import org.opencontest.vote.internal.PollState;
import org.opencontest.vote.internal.PollSummary;
import org.opencontest.vote.internal.VoteDesk;

/**
 * The anomaly review of one vote for the contest's organisers: the suspicious groups the rules found (each voidable at
 * once) and every ballot, newest first (each voidable alone), always with the reason written above.
 */
@Route("organise/votes/review/:pollId")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class AnomalyReviewView extends LoadedView implements HasDynamicTitle {

    private final transient VoteDesk desk;
    private final transient BallotReview review;
    private final transient ContestService contests;
    private PollSummary poll;
    private TextField reason;

    public AnomalyReviewView(VoteDesk desk, BallotReview review, ContestService contests) {
        this.desk = desk;
        this.review = review;
        this.contests = contests;
        setId("vote-review");
        addClassName("page");
    }

    static String link(long pollId) {
        return "organise/votes/review/" + pollId;
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        poll = desk.poll(idParameter(event, "pollId"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vote.review.title");
    }

    @Override
    protected void render() {
        ContestPage contest = contests.page(poll.contestId());
        add(new H1(getTranslation("vote.review.title")), new Paragraph(VoteUi.describe(contest, poll)),
                new Paragraph(new Anchor("organise/votes/" + contest.id(), getTranslation("vote.review.back"))));
        boolean voidable = poll.state() != PollState.PUBLISHED;
        reason = new TextField(getTranslation("vote.review.reason"));
        reason.setId("vote-void-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        if (voidable) {
            add(reason);
        } else {
            add(new Paragraph(getTranslation("vote.review.published")));
        }
        add(new H2(getTranslation("vote.review.anomalies")));
        List<Anomaly> anomalies = review.anomalies(poll.id());
        if (anomalies.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("vote.review.noAnomalies"));
            none.setId("vote-no-anomalies");
            add(none);
        }
        for (int i = 0; i < anomalies.size(); i++) {
            add(finding(i, anomalies.get(i), voidable));
        }
        add(new H2(getTranslation("vote.review.ballots")), ballots(voidable));
    }

    private Div finding(int index, Anomaly anomaly, boolean voidable) {
        Div finding = new Div();
        finding.setId("vote-anomaly-" + index);
        finding.addClassName("vote-anomaly");
        finding.add(new Paragraph(getTranslation(anomaly.rule().messageKey(), anomaly.subject(),
                anomaly.ballotIds().size(), VoteUi.when(anomaly.from()), VoteUi.when(anomaly.to()))));
        if (voidable) {
            Button voidAll = new Button(getTranslation("vote.review.voidGroup", anomaly.ballotIds().size()));
            voidAll.setId("vote-anomaly-" + index + "-void");
            voidAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
            SingleSubmit.onClick(voidAll, () -> voidBallots(anomaly.ballotIds()));
            finding.add(voidAll);
        }
        return finding;
    }

    private Grid<BallotRow> ballots(boolean voidable) {
        Grid<BallotRow> grid = new Grid<>();
        grid.setId("vote-ballots");
        grid.addColumn(row -> VoteUi.when(row.castAt())).setHeader(getTranslation("vote.column.cast")).setKey("cast");
        grid.addColumn(row -> VoteUi.text(row.entryTitle())).setHeader(getTranslation("vote.column.entry"))
                .setKey("entry").setFlexGrow(2);
        grid.addColumn(BallotRow::voterId).setHeader(getTranslation("vote.column.voter")).setKey("voter");
        grid.addColumn(BallotRow::network).setHeader(getTranslation("vote.column.network")).setKey("network");
        grid.addColumn(row -> getTranslation("vote.column.ageValue", row.accountAgeSeconds() / 3600,
                row.accountAgeSeconds() % 3600 / 60, row.accountAgeSeconds() % 60))
                .setHeader(getTranslation("vote.column.accountAge")).setKey("age");
        grid.addComponentColumn(row -> {
            if (row.voidedAt() != null) {
                return new Span(getTranslation("vote.review.voided", row.voidReason()));
            }
            if (!voidable) {
                return new Span();
            }
            Button single = new Button(getTranslation("vote.review.voidOne"));
            single.setId("vote-ballot-" + row.id() + "-void");
            SingleSubmit.onClick(single, () -> voidBallots(List.of(row.id())));
            return single;
        }).setHeader(getTranslation("vote.column.status")).setKey("status").setFlexGrow(2);
        grid.setItems(query -> review.ballots(poll.id(), query.getOffset(), query.getLimit()).stream(),
                query -> review.countBallots(poll.id()));
        return grid;
    }

    private void voidBallots(List<Long> ids) {
        try {
            int voided = review.voidBallots(poll.id(), ids, reason.getValue());
            Notices.success("vote.review.voidedCount", voided);
            poll = desk.poll(poll.id());
            refresh();
        } catch (UserFacingException refusal) {
            Notices.error(refusal);
        }
    }
}
