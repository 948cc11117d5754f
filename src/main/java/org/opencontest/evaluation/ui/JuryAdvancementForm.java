package org.opencontest.evaluation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import org.opencontest.evaluation.internal.JuryAdvancement;
import org.opencontest.judging.RoundDetail;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.Notices;

/**
 * Under a revealed private leaderboard: advance its top teams into a jury round of the same contest, after a
 * confirmation (the judging log keeps the decision).
 */
class JuryAdvancementForm extends Div {

    JuryAdvancementForm(JuryAdvancement advancement, long contestId, long evaluatedTrackId) {
        setId("evaluation-advance-" + evaluatedTrackId);
        add(new H3(getTranslation("evaluation.advance.title")));
        List<RoundDetail> rounds = advancement.juryRounds(contestId);
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("evaluation.advance.noRounds")));
            return;
        }
        Select<RoundDetail> round = new Select<>();
        round.setId("evaluation-advance-round-" + evaluatedTrackId);
        round.setLabel(getTranslation("evaluation.advance.round"));
        round.setItems(rounds);
        round.setItemLabelGenerator(r -> EvaluationUi.text(r.input().name()));
        round.setValue(rounds.get(rounds.size() - 1));
        IntegerField top = new IntegerField(getTranslation("evaluation.advance.top"));
        top.setId("evaluation-advance-top-" + evaluatedTrackId);
        top.setMin(1);
        top.setValue(3);
        top.setStepButtonsVisible(true);
        Button advance = new Button(getTranslation("evaluation.advance.button"), click ->
                new ConfirmAction("evaluation.advance.confirm", () -> {
                    try {
                        int advanced = advancement.advance(contestId, evaluatedTrackId, round.getValue().id(),
                                top.getValue() == null ? 0 : top.getValue());
                        Notices.success("evaluation.advance.done", advanced, EvaluationUi.text(round.getValue()
                                .input().name()));
                    } catch (UserFacingException refusal) {
                        Notices.error(refusal);
                    }
                }).open());
        advance.setId("evaluation-advance-button-" + evaluatedTrackId);
        HorizontalLayout row = new HorizontalLayout(round, top, advance);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new Paragraph(getTranslation("evaluation.advance.help")), row);
    }
}
