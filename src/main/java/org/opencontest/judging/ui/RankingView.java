package org.opencontest.judging.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.judging.RankingReport;
import org.opencontest.judging.RankingRow;
import org.opencontest.judging.Rankings;
import org.opencontest.judging.RoundInput;
import org.opencontest.judging.internal.JudgeRow;
import org.opencontest.shared.error.NotFoundException;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * The organiser's ranking of one round: raw and normalised scores side by side with the tie-break figures, the
 * disagreement flags, the bootstrap share in the top N, each entry's scores in earlier rounds, the plain statement
 * whether raw and normalised scores pick the same winners, the judges and their guards, the open ties with the form
 * to decide them (with a reason), and the advancement into the next round.
 */
@Route("organise/rounds/:roundId/ranking")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
public class RankingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Rankings rankings;
    private long roundId;

    public RankingView(Rankings rankings) {
        this.rankings = rankings;
        setId("ranking");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId").orElse(-1L);
        try {
            render(rankings.report(roundId));
        } catch (NotFoundException unknownOrNotYours) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render(RankingReport report) {
        removeAll();
        Locale locale = getLocale();
        RoundInput round = report.round().input();
        Anchor back = new Anchor("organise/contests/" + report.round().contestId() + "/results",
                getTranslation("judging.results.ranking.back"));
        Paragraph method = new Paragraph(getTranslation("judging.results.gallery.method",
                MethodTexts.describe(this, round.aggregation())));
        method.setId("ranking-method");
        add(new H1(getTranslation("judging.results.ranking.title", round.name().in(locale))), back, method);
        if (report.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("judging.results.ranking.noSheets"));
            none.setId("ranking-empty");
            add(none);
            return;
        }
        Paragraph winners = new Paragraph(getTranslation(report.winnersKey(),
                titles(report.rawWinners(), locale), titles(report.normalisedWinners(), locale)));
        winners.setId("winners-statement");
        add(winners, entriesGrid(report), new H3(getTranslation("judging.results.ranking.judges")),
                judgesGrid(report));
        if (!report.openTies().isEmpty()) {
            add(new H3(getTranslation("judging.results.ranking.ties")));
            Map<Long, RankingRow> byId = report.rows().stream()
                    .collect(Collectors.toMap(RankingRow::entryId, Function.identity()));
            for (int i = 0; i < report.openTies().size(); i++) {
                add(tieForm(i, report.openTies().get(i).stream().map(byId::get).toList()));
            }
        }
        add(new H3(getTranslation("judging.results.ranking.advancement")), advancement(report));
    }

    private static String titles(List<LocalizedText> titles, Locale locale) {
        return titles.stream().map(title -> title.in(locale)).collect(Collectors.joining(", "));
    }

    private Grid<RankingRow> entriesGrid(RankingReport report) {
        Grid<RankingRow> grid = new Grid<>();
        grid.addColumn(RankingRow::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RankingRow::teamName).setHeader(getTranslation("judging.conflict.team"));
        grid.addColumn(row -> row.title().in(getLocale())).setHeader(getTranslation("judging.results.award.column.title"))
                .setFlexGrow(2);
        grid.addColumn(row -> points(row.rawScore())).setHeader(getTranslation("judging.results.ranking.raw"));
        grid.addColumn(row -> points(row.normalisedScore()))
                .setHeader(getTranslation("judging.results.ranking.normalised"));
        grid.addColumn(row -> points(row.median())).setHeader(getTranslation("judging.rankingKey.MEDIAN"));
        grid.addColumn(RankingRow::topScores).setHeader(getTranslation("judging.rankingKey.TOP_SCORES"));
        grid.addColumn(row -> points(row.variance())).setHeader(getTranslation("judging.rankingKey.LOWER_VARIANCE"));
        grid.addColumn(RankingRow::sheets).setHeader(getTranslation("judging.results.ranking.sheets"));
        grid.addColumn(row -> row.disagreement() ? getTranslation("judging.results.ranking.flag", points(row.spread()))
                : "").setHeader(getTranslation("judging.results.ranking.disagreement"));
        grid.addColumn(row -> String.format(getLocale(), "%.0f %%", row.topShare() * 100))
                .setHeader(getTranslation("judging.results.ranking.topShare", report.round().input().aggregation()
                        .topN()));
        grid.addColumn(row -> row.separatedBy() == null ? ""
                : getTranslation("judging.rankingKey." + row.separatedBy().name())
                        + (row.organiserReason() == null ? "" : ": " + row.organiserReason()))
                .setHeader(getTranslation("judging.results.ranking.separatedBy")).setFlexGrow(2);
        for (int i = 0; i < report.earlierRounds().size(); i++) {
            int index = i;
            grid.addColumn(row -> row.earlierScores().get(index) == null ? "–" : points(row.earlierScores().get(index)))
                    .setHeader(report.earlierRounds().get(i).in(getLocale()));
        }
        if (report.nextStage() != null) {
            grid.addColumn(row -> row.advanced() ? "✓" : "")
                    .setHeader(getTranslation("judging.results.ranking.shortlisted")).setKey("shortlisted");
        } else if (report.nextRound() != null) {
            grid.addColumn(row -> row.advanced() ? "✓" : "")
                    .setHeader(getTranslation("judging.results.ranking.advanced"));
        }
        grid.setItems(report.rows());
        grid.setAllRowsVisible(true);
        grid.setId("ranking-entries");
        return grid;
    }

    private Grid<JudgeRow> judgesGrid(RankingReport report) {
        Grid<JudgeRow> grid = new Grid<>();
        grid.addColumn(JudgeRow::name).setHeader(getTranslation("judging.judge.field.name"));
        grid.addColumn(JudgeRow::sheets).setHeader(getTranslation("judging.results.ranking.sheets"));
        grid.addColumn(row -> points(row.mean())).setHeader(getTranslation("judging.results.ranking.mean"));
        grid.addColumn(row -> points(row.standardDeviation()))
                .setHeader(getTranslation("judging.results.ranking.deviation"));
        grid.addColumn(row -> getTranslation(row.statusKey())).setHeader(getTranslation("judging.round.field.status"))
                .setFlexGrow(2);
        grid.setItems(report.judges());
        grid.setAllRowsVisible(true);
        grid.setId("ranking-judges");
        return grid;
    }

    /** One place after the other: the organiser picks which tied entry comes first, second, … and gives a reason. */
    private Div tieForm(int index, List<RankingRow> tied) {
        List<ComboBox<RankingRow>> places = new ArrayList<>();
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        for (int place = 0; place < tied.size(); place++) {
            ComboBox<RankingRow> choice = new ComboBox<>(getTranslation("judging.results.tie.place", place + 1),
                    tied);
            choice.setItemLabelGenerator(entry -> entry.teamName() + " — " + entry.title().in(getLocale()));
            choice.setValue(tied.get(place));
            choice.setId("tie-" + index + "-place-" + place);
            places.add(choice);
            row.add(choice);
        }
        TextField reason = new TextField(getTranslation("judging.results.award.field.reason"));
        reason.setId("tie-" + index + "-reason");
        reason.setWidth("24em");
        Button decide = new Button(getTranslation("judging.results.tie.decide"));
        decide.setId("tie-" + index + "-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(decide, () -> {
            List<Long> order = places.stream().map(ComboBox::getValue)
                    .map(entry -> entry == null ? -1L : entry.entryId()).toList();
            render(rankings.decideTie(roundId, order, reason.getValue()));
            Notices.success("judging.results.tie.decided");
        });
        row.add(reason, decide);
        Div box = new Div(new Paragraph(getTranslation("judging.results.tie.explain", tied.get(0).rank())), row);
        box.addClassName("card");
        return box;
    }

    private Div advancement(RankingReport report) {
        RoundInput round = report.round().input();
        Div box = new Div();
        box.setId("advancement");
        if (report.nextRound() == null && report.nextStage() == null) {
            box.add(new Paragraph(getTranslation("judging.results.ranking.lastRound")));
            return box;
        }
        String rule = round.advanceCount() != null
                ? getTranslation("judging.results.advance.count", round.advanceCount())
                : round.advanceThreshold() != null
                ? getTranslation("judging.results.advance.threshold", round.advanceThreshold())
                : getTranslation("judging.results.advance.none");
        boolean shortlist = report.nextStage() != null;
        Button advance = new Button(shortlist
                ? getTranslation("judging.results.shortlist.button", report.nextStage().in(getLocale()))
                : getTranslation("judging.results.advance.button", report.nextRound().input().name().in(getLocale())));
        advance.setId("advance");
        SingleSubmit.onClick(advance, () -> {
            RankingReport updated = rankings.advance(roundId);
            Notices.success(shortlist ? "judging.results.shortlist.done" : "judging.results.advance.done",
                    updated.rows().stream().filter(RankingRow::advanced).count());
            render(updated);
        });
        box.add(new Paragraph(rule), advance);
        return box;
    }

    private String points(double value) {
        return String.format(getLocale(), "%.1f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("judging.results.ranking.pageTitle");
    }
}
