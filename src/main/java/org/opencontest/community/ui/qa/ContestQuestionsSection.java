package org.opencontest.community.ui.qa;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import org.opencontest.community.internal.qa.FaqEntry;
import org.opencontest.community.internal.qa.QuestionBoard;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPageSection;
import org.springframework.core.annotation.Order;

/** The contest page's way to its Q&A board, with the newest FAQ entries (official answers). */
@org.springframework.stereotype.Component
@Order(1)
class ContestQuestionsSection implements ContestPageSection {

    static final int FAQ_ON_PAGE = 3;

    private final QuestionBoard board;

    ContestQuestionsSection(QuestionBoard board) {
        this.board = board;
    }

    @Override
    public Optional<Component> render(ContestPage contest) {
        UI ui = UI.getCurrent();
        Div section = new Div(new H2(ui.getTranslation("community.qa.section.title")));
        section.setId("contest-questions");
        section.addClassName("contest-section");
        Anchor open = new Anchor(QaParts.boardLink(contest.slug()), ui.getTranslation("community.qa.section.open"));
        open.setId("contest-questions-link");
        section.add(new Paragraph(open));
        List<FaqEntry> faq = board.faq(contest.id(), 0, FAQ_ON_PAGE);
        if (!faq.isEmpty()) {
            section.add(new H3(ui.getTranslation("community.qa.section.faq")));
            for (FaqEntry entry : faq) {
                Div item = new Div(new Paragraph(new Anchor(QaParts.boardLink(contest.slug()) + "/" + entry.threadId(),
                        entry.title())), QaParts.markdown(entry.answerHtml()));
                item.addClassName("qa-faq-entry");
                section.add(item);
            }
        }
        return Optional.of(section);
    }
}
