package org.opencontest.vote.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPageSection;
import org.opencontest.vote.internal.PollSummary;
import org.opencontest.vote.internal.PublishedResult;
import org.opencontest.vote.internal.Voting;
import org.springframework.core.annotation.Order;

/**
 * The contest page's people's choice: a way to the gallery while a vote is open, when a planned vote opens, and the
 * published results.
 */
@org.springframework.stereotype.Component
@Order(2)
class ContestVoteSection implements ContestPageSection {

    private final Voting voting;

    ContestVoteSection(Voting voting) {
        this.voting = voting;
    }

    @Override
    public Optional<Component> render(ContestPage contest) {
        List<PollSummary> open = voting.openPolls(contest.id());
        List<PublishedResult> published = voting.published(contest.id());
        List<PollSummary> planned = voting.plannedPolls(contest.id());
        if (open.isEmpty() && published.isEmpty() && planned.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div section = new Div(new H2(ui.getTranslation("vote.section.title")));
        section.setId("contest-vote");
        section.addClassName("contest-section");
        if (!open.isEmpty()) {
            Anchor link = new Anchor(VoteUi.galleryLink(contest.slug()), ui.getTranslation("vote.section.open"));
            link.setId("contest-vote-link");
            section.add(new Paragraph(link));
        }
        planned.forEach(poll -> section.add(VoteUi.opensOn(contest, poll)));
        published.forEach(result -> section.add(VoteResults.table(contest, result)));
        return Optional.of(section);
    }
}
