package org.opencontest.evaluation.ui;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;

import org.opencontest.evaluation.internal.EntryView;
import org.opencontest.evaluation.internal.EvaluationEntry;
import org.opencontest.evaluation.internal.Leaderboard;
import org.opencontest.evaluation.internal.Leaderboards;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;

/**
 * A contest's public leaderboard, per evaluated track: rank, team, public score, entries, last submission, the
 * viewer's team highlighted; the private board with the shake-up once revealed; the viewer's own entries with their
 * scoring status, refreshed every few seconds while one is queued or being scored.
 */
@Route("contests/:slug/leaderboard")
@AnonymousAllowed
public class LeaderboardView extends LoadedView implements HasDynamicTitle {

    private static final int POLL_MILLIS = 3000;

    private final transient Leaderboards leaderboards;
    private Leaderboard leaderboard;
    private String slug;
    private Registration polling;

    public LeaderboardView(Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
        setId("leaderboard");
        addClassName("page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        leaderboard = leaderboards.leaderboard(slug);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.board.title") + " · "
                + (leaderboard == null ? "" : EvaluationUi.text(leaderboard.contestTitle()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = event.getUI().addPollListener(poll -> {
            if (waiting()) {
                leaderboard = leaderboards.leaderboard(slug);
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private boolean waiting() {
        return leaderboard != null && leaderboard.boards().stream().flatMap(board -> board.mine().stream())
                .anyMatch(entry -> entry.status() == EvaluationEntry.Status.QUEUED
                        || entry.status() == EvaluationEntry.Status.RUNNING);
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("evaluation.board.heading", EvaluationUi.text(leaderboard.contestTitle()))),
                new Paragraph(new Anchor("contests/" + leaderboard.slug(), getTranslation("evaluation.board.toContest"))));
        if (leaderboard.boards().isEmpty()) {
            add(new Paragraph(getTranslation("evaluation.board.none")));
        }
        for (Leaderboard.Board board : leaderboard.boards()) {
            add(board(board));
        }
        getUI().ifPresent(ui -> ui.setPollInterval(waiting() ? POLL_MILLIS : -1));
    }

    private Div board(Leaderboard.Board board) {
        Div section = new Div();
        section.setId("board-" + board.trackRef());
        section.add(new H2(EvaluationUi.text(board.trackName())),
                new Paragraph(getTranslation("evaluation.board.metric",
                        MetricTexts.name(this, board.metric(), board.rankingCutoff()),
                        getTranslation(board.metric().higherIsBetter() ? "evaluation.board.higher" : "evaluation.board.lower"))),
                new Paragraph(MetricTexts.explanation(this, board.metric(), board.rankingCutoff())));
        if (board.hasSample()) {
            section.add(new Paragraph(sample(board)));
        }
        if (board.revealed()) {
            Paragraph intervals = new Paragraph(getTranslation(board.intervalsPending()
                    ? "evaluation.board.intervalsPending" : "evaluation.board.intervalsHelp"));
            intervals.setId("intervals-" + board.trackRef());
            section.add(new H3(getTranslation("evaluation.board.private")), intervals,
                    rows(board, board.privateRows(), true, "private"));
        }
        section.add(new H3(getTranslation("evaluation.board.public")),
                new Paragraph(getTranslation("evaluation.board.publicHelp", board.publicRowsInKey())));
        if (board.frozenSince() != null) {
            Paragraph frozen = new Paragraph(getTranslation("evaluation.board.frozen",
                    DateTimes.format(board.frozenSince(), leaderboard.zone(), EvaluationUi.locale()),
                    EvaluationUi.when(board.frozenSince())));
            frozen.setId("frozen-" + board.trackRef());
            section.add(frozen);
        }
        section.add(rows(board, board.publicRows(), false, "public"));
        if (!board.mine().isEmpty()) {
            section.add(new H3(getTranslation("evaluation.board.mine", leaderboard.myTeam())),
                    new Paragraph(getTranslation("evaluation.board.selectHelp", board.finalSelections())),
                    myEntries(board));
        }
        return section;
    }

    /** The team's entries with a pick box per entry that may count on the private board. */
    private Grid<EntryView> myEntries(Leaderboard.Board board) {
        Grid<EntryView> grid = EvaluationUi.entryGrid("my-entries-" + board.trackRef(), board.precision(), false,
                board.revealed(), board.mine());
        grid.addComponentColumn(entry -> {
            Checkbox pick = new Checkbox(entry.selected());
            pick.setId("select-" + entry.id());
            pick.setAriaLabel(getTranslation("evaluation.board.select"));
            pick.setEnabled(board.selectionOpen() && entry.status() == EvaluationEntry.Status.SCORED
                    && !entry.late() && entry.publicScore() != null);
            pick.addValueChangeListener(change -> {
                if (!change.isFromClient()) {
                    return;
                }
                try {
                    leaderboards.select(leaderboard.slug(), entry.id(), change.getValue());
                    Notices.success(change.getValue() ? "evaluation.board.selected" : "evaluation.board.unselected");
                } catch (UserFacingException refusal) {
                    Notices.error(refusal);
                }
                leaderboard = leaderboards.leaderboard(slug);
                refresh();
            });
            return pick;
        }).setHeader(getTranslation("evaluation.board.select")).setKey("select").setAutoWidth(true);
        return grid;
    }

    /** The sample submission, streamed from the answer key's ids when clicked. */
    private Anchor sample(Leaderboard.Board board) {
        String contest = leaderboard.slug();
        long track = board.trackRef();
        DownloadHandler handler = download -> {
            download.setFileName("sample-submission-" + contest + "-" + track + ".csv");
            download.setContentType("text/csv; charset=UTF-8");
            try {
                leaderboards.sampleSubmission(contest, track, download.getOutputStream());
            } catch (RuntimeException e) {
                throw new IOException("Sample submission failed", e);
            }
        };
        Anchor link = new Anchor(handler, getTranslation("evaluation.board.sample"));
        link.setId("sample-" + track);
        return link;
    }

    private Grid<Leaderboard.Row> rows(Leaderboard.Board board, List<Leaderboard.Row> rows, boolean shakeUp, String kind) {
        Grid<Leaderboard.Row> grid = new Grid<>();
        grid.setId(kind + "-board-" + board.trackRef());
        // team names are long and bilingual; cut off they are unreadable on a phone
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Leaderboard.Row::rank).setHeader(getTranslation("evaluation.board.rank")).setAutoWidth(true);
        if (shakeUp) {
            grid.addColumn(row -> shake(row)).setHeader(getTranslation("evaluation.board.shakeUp")).setAutoWidth(true);
        }
        grid.addColumn(row -> row.team() == null ? getTranslation("evaluation.board.hiddenTeam")
                        : row.mine() ? getTranslation("evaluation.board.yourTeam", row.team()) : row.team())
                .setHeader(getTranslation("evaluation.board.team")).setFlexGrow(1);
        grid.addColumn(row -> EvaluationUi.score(row.score(), board.precision()))
                .setHeader(getTranslation("evaluation.board.score")).setAutoWidth(true);
        if (shakeUp) {
            grid.addColumn(row -> row.low() == null ? "" : getTranslation("evaluation.board.interval",
                            EvaluationUi.score(row.low(), board.precision()),
                            EvaluationUi.score(row.high(), board.precision())))
                    .setHeader(getTranslation("evaluation.board.intervalHeader")).setAutoWidth(true);
            grid.addColumn(this::tied).setHeader(getTranslation("evaluation.board.tiedHeader")).setAutoWidth(true);
        }
        grid.addColumn(Leaderboard.Row::entries).setHeader(getTranslation("evaluation.board.entries")).setAutoWidth(true);
        grid.addColumn(row -> EvaluationUi.when(row.lastSubmission()))
                .setHeader(getTranslation("evaluation.board.last")).setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.mine() ? "my-team" : null);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("evaluation.board.empty"));
        return grid;
    }

    private String tied(Leaderboard.Row row) {
        return row.tiedWith().stream().map(rank -> getTranslation("evaluation.board.tied", rank))
                .collect(Collectors.joining("; "));
    }

    private String shake(Leaderboard.Row row) {
        if (row.publicRank() == null) {
            return "";
        }
        int moved = row.publicRank() - row.rank();
        return moved == 0 ? "=" : moved > 0 ? "↑" + moved : "↓" + (-moved);
    }
}
