package org.opencontest.judging.ui;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.judging.internal.FeedbackReport;
import org.opencontest.judging.internal.TeamFeedback;
import org.opencontest.shared.error.NotFoundException;

/**
 * A team's feedback from the judges, for its members once the results are published (or, before, for the stages
 * whose feedback the organiser released): the comments to the team per round and sheet (anonymous), and the scores
 * if the organiser chose to show them. Linked from the team page and from a refused team's submission page.
 */
@Route("contests/:slug/feedback")
@PermitAll
public class TeamFeedbackView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TeamFeedback feedback;

    public TeamFeedbackView(TeamFeedback feedback) {
        this.feedback = feedback;
        addClassName("page");
        setId("team-feedback");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FeedbackReport report;
        try {
            report = feedback.myFeedback(event.getRouteParameters().get("slug").orElse(""));
        } catch (NotFoundException notInATeamThere) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        Locale locale = getLocale();
        add(new H1(getTranslation("judging.results.feedback.title", report.teamName(),
                report.contest().title().in(locale))));
        Anchor gallery = new Anchor("contests/" + report.contest().slug() + "/results",
                getTranslation("judging.results.desk.galleryLink"));
        add(gallery);
        if (!report.published()) {
            Paragraph notYet = new Paragraph(getTranslation(report.rounds().isEmpty()
                    ? "judging.results.gallery.notPublished" : "judging.results.feedback.stagesReleased"));
            notYet.setId("feedback-not-published");
            add(notYet);
        }
        if (!report.awards().isEmpty()) {
            Paragraph won = new Paragraph(getTranslation("judging.results.feedback.awards", String.join(", ",
                    report.awards().stream().map(award -> award.in(locale)).toList())));
            won.setId("feedback-awards");
            add(won);
        }
        if (report.published() && report.rounds().isEmpty()) {
            add(new Paragraph(getTranslation("judging.results.feedback.none")));
        }
        for (FeedbackReport.Round round : report.rounds()) {
            add(new H3(round.score() == null ? round.name().in(locale) : getTranslation(
                    "judging.results.feedback.roundScore", round.name().in(locale), points(round.score()))));
            int number = 1;
            for (FeedbackReport.Sheet sheet : round.sheets()) {
                add(sheet(number++, sheet, locale));
            }
        }
    }

    private Div sheet(int number, FeedbackReport.Sheet sheet, Locale locale) {
        Div card = new Div(new Span(sheet.score() == null
                ? getTranslation("judging.results.feedback.sheet", number)
                : getTranslation("judging.results.feedback.sheetScore", number, points(sheet.score()))));
        card.addClassNames("card", "feedback-sheet");
        if (!sheet.teamComment().isBlank()) {
            Paragraph comment = new Paragraph(sheet.teamComment());
            comment.addClassName("feedback-comment");
            card.add(comment);
        }
        UnorderedList criteria = new UnorderedList();
        for (FeedbackReport.CriterionComment comment : sheet.comments()) {
            if (comment.comment().isBlank() && comment.score() == null) {
                continue;
            }
            String name = comment.score() == null ? comment.criterion().in(locale)
                    : comment.criterion().in(locale) + " (" + comment.score() + ")";
            criteria.add(new ListItem(comment.comment().isBlank() ? name : name + ": " + comment.comment()));
        }
        if (criteria.getChildren().findAny().isPresent()) {
            card.add(criteria);
        }
        return card;
    }

    private String points(double value) {
        return String.format(getLocale(), "%.1f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("judging.results.feedback.pageTitle");
    }
}
