package org.opencontest.judging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.opencontest.judging.internal.JudgingLog;
import org.opencontest.judging.internal.LogVerification;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * "Verify judging log": recomputes the contest's hash chain and states, on the page, that it is intact or at which
 * entry it breaks and how, with the latest hash to keep elsewhere.
 */
class LogCheck extends Div {

    LogCheck(JudgingLog log, long contestId) {
        Button verify = new Button(getTranslation("judging.log.verify"));
        verify.setId("verify-log");
        Span outcome = new Span();
        outcome.setId("log-verification");
        Span hash = new Span();
        hash.addClassNames("muted", "log-hash");
        SingleSubmit.onClick(verify, () -> {
            LogVerification verification = log.verify(contestId);
            outcome.setText(getTranslation(verification.messageKey(), verification.messageArgument()));
            outcome.getElement().getThemeList().clear();
            outcome.getElement().getThemeList().add(verification.intact() ? "badge success" : "badge error");
            hash.setText(getTranslation("judging.results.gallery.hash", verification.latestHash()));
        });
        add(verify, new Div(outcome), new Div(hash));
    }
}
