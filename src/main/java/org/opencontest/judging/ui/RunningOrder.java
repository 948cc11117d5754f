package org.opencontest.judging.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.opencontest.judging.internal.PitchFinalDetail;
import org.opencontest.judging.internal.PitchFinalInput;
import org.opencontest.judging.internal.PitchRow;
import org.opencontest.shared.time.ZoneDisplay;
import org.opencontest.shared.ui.ViewerZone;

/**
 * A final's running order as judges and the contest page show it: where, then each pitch with its start in the
 * contest's zone and the viewer's; for a judge a link to their sheet on the pitch, for a team its own slot marked.
 * Every text is set as text (entry titles and venues are user input).
 */
final class RunningOrder {

    private RunningOrder() {
    }

    static Component forJudge(Component view, PitchFinalDetail pitchFinal) {
        return of(view, pitchFinal, "pitch-running-" + pitchFinal.roundId());
    }

    static Div of(Component view, PitchFinalDetail pitchFinal, String id) {
        var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Div box = new Div(new H3(view.getTranslation("pitch.running", pitchFinal.roundName().in(locale))));
        box.setId(id);
        box.add(where(view, pitchFinal.input()));
        OrderedList list = new OrderedList();
        for (PitchRow row : pitchFinal.order()) {
            List<String> times = ZoneDisplay.format(row.starts(), pitchFinal.contestZone(), ViewerZone.get(), locale);
            String title = row.entryTitle() == null || row.entryTitle().isEmpty()
                    ? view.getTranslation("scoring.queue.untitled") : row.entryTitle().in(locale);
            ListItem item = new ListItem(new Span(String.join(" / ", times) + " — " + title
                    + (row.teamName() == null ? "" : " (" + row.teamName() + ")")));
            item.setId(id + "-" + row.position());
            if (row.mine()) {
                item.addClassName("mine");
                item.add(new Span(" " + view.getTranslation("pitch.yourSlot")));
            }
            if (row.assignmentId() != null) {
                Anchor sheet = new Anchor("judging/sheets/" + row.assignmentId(), view.getTranslation("pitch.score"));
                sheet.setId(id + "-sheet-" + row.position());
                item.add(new Span(" "), sheet);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    static Paragraph where(Component view, PitchFinalInput input) {
        Paragraph where = new Paragraph();
        if (input.venue() != null) {
            where.add(new Span(view.getTranslation("pitch.venue", input.venue())));
        }
        if (input.onlineLink() != null) {
            Anchor link = new Anchor(input.onlineLink(), input.onlineLink());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            where.add(new Span(" " + view.getTranslation("pitch.link") + " "), link);
        }
        return where;
    }
}
