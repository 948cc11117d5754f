package org.opencontest.judging.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.JudgeQueueItem;
import org.opencontest.judging.JudgeScoring;
import org.opencontest.judging.internal.ConflictRegister;
import org.opencontest.judging.internal.Judgeship;
import org.opencontest.judging.internal.PitchFinalDetail;
import org.opencontest.judging.internal.PitchFinals;
import org.opencontest.judging.internal.SheetProgress;
import org.opencontest.shared.ui.Notices;

/**
 * A judge's home, where the invitation mail leads: the contests they judge and their queue per round, with
 * progress and the deadline in the contest's zone and the judge's own.
 */
@Route("judging")
@PermitAll
@Menu(title = "nav.judging", order = 45, icon = "vaadin:gavel")
public class JudgeHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient JudgePanel panel;
    private final transient JudgeScoring scoring;
    private final transient ConflictRegister conflicts;
    private final transient PitchFinals pitchFinals;

    public JudgeHomeView(JudgePanel panel, JudgeScoring scoring, ConflictRegister conflicts, PitchFinals pitchFinals) {
        this.pitchFinals = pitchFinals;
        this.panel = panel;
        this.scoring = scoring;
        this.conflicts = conflicts;
        setId("judge-home");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("judging.home.title")));
        // links the invitation to this account first, so that a new judge's queue is there on the first visit
        List<Judgeship> judgeships = panel.myJudgeships();
        if (judgeships.isEmpty()) {
            add(new Paragraph(getTranslation("judging.home.none")));
            return;
        }
        for (Judgeship judgeship : judgeships) {
            Anchor contest = new Anchor("contests/" + judgeship.contestSlug(), judgeship.contestTitle().in(getLocale()));
            contest.setId("judgeship-" + judgeship.contestId());
            add(contest);
        }
        Map<Long, List<JudgeQueueItem>> byRound = new LinkedHashMap<>();
        scoring.myQueue().forEach(item -> byRound.computeIfAbsent(item.roundId(), id -> new ArrayList<>())
                .add(item));
        if (byRound.isEmpty()) {
            add(new Paragraph(getTranslation("judging.home.queueLater")));
        }
        byRound.forEach((roundId, items) -> add(round(roundId, items)));
    }

    private VerticalLayout round(long roundId, List<JudgeQueueItem> items) {
        JudgeQueueItem first = items.get(0);
        long submitted = items.stream().filter(item -> item.progress() == SheetProgress.SUBMITTED).count();
        long counted = items.stream().filter(item -> item.progress() != SheetProgress.RECUSED).count();
        String progressText = getTranslation("scoring.queue.progress", submitted, counted);
        ProgressBar progress = new ProgressBar(0, Math.max(1, counted), submitted);
        progress.setId("progress-" + roundId);
        progress.getElement().setAttribute("aria-label", progressText);
        String deadline = DeadlineText.of(this, getLocale(), first.deadline(), first.contestZone());
        Grid<JudgeQueueItem> grid = new Grid<>();
        grid.addComponentColumn(item -> {
            Anchor open = new Anchor("judging/sheets/" + item.assignmentId(), item.entryTitle().isEmpty()
                    ? getTranslation("scoring.queue.untitled") : item.entryTitle().in(getLocale()));
            open.setId("sheet-" + item.assignmentId());
            return open;
        }).setHeader(getTranslation("scoring.queue.entry")).setFlexGrow(3).setKey("entry");
        grid.addColumn(item -> getTranslation("scoring.progress." + item.progress().name()))
                .setHeader(getTranslation("scoring.queue.status"));
        grid.addComponentColumn(this::conflictButton).setHeader(getTranslation("judging.conflict.mine.column"))
                .setKey("conflict");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setId("queue-" + roundId);
        VerticalLayout section = new VerticalLayout(
                new H3(first.contestTitle().in(getLocale()) + " — " + first.roundName().in(getLocale())),
                new Span(progressText), progress,
                new Span(getTranslation("scoring.queue.deadline", deadline)), grid);
        pitchFinals.forJudge(roundId).filter(PitchFinalDetail::drawn)
                .ifPresent(pitchFinal -> section.add(RunningOrder.forJudge(this, pitchFinal)));
        section.setPadding(false);
        return section;
    }

    /** Declares by entry, never by team: in a blind round the judge does not know the team and must not learn it. */
    private Button conflictButton(JudgeQueueItem item) {
        Button declare = new Button(getTranslation("judging.conflict.mine"), click -> new RecusalDialog(
                "judging.conflict.mine", reason -> {
                    conflicts.declareForAssignment(item.assignmentId(), reason);
                    Notices.success("judging.conflict.mine.done");
                    UI.getCurrent().refreshCurrentRoute(false);
                }).open());
        declare.setId("declare-conflict-" + item.assignmentId());
        declare.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        declare.setVisible(item.open());
        return declare;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("judging.home.title");
    }
}
