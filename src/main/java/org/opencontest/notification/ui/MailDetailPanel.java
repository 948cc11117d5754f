package org.opencontest.notification.ui;

import java.time.Instant;
import java.util.Optional;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep.LabelsPosition;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opencontest.notification.internal.MailDetails;
import org.opencontest.notification.internal.MailStatus;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.ViewerZone;

/** One mail in full: delivery facts, the HTML part rendered safely, the plain-text part, and "Resend". */
class MailDetailPanel extends VerticalLayout {

    private final LongConsumer resendAction;
    private MailDetails shown;

    MailDetailPanel(LongConsumer resendAction) {
        this.resendAction = resendAction;
        setId("mailbox-detail");
        setPadding(true);
        setSpacing(true);
        clear();
    }

    Optional<MailDetails> shown() {
        return Optional.ofNullable(shown);
    }

    void clear() {
        shown = null;
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("notification.mailbox.empty"));
        hint.addClassName("muted");
        add(hint);
    }

    void show(MailDetails mail) {
        shown = mail;
        removeAll();
        H3 subject = new H3(mail.subject());
        subject.setId("mailbox-detail-subject");

        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1, LabelsPosition.TOP),
                new FormLayout.ResponsiveStep("360px", 1, LabelsPosition.ASIDE),
                new FormLayout.ResponsiveStep("800px", 2, LabelsPosition.ASIDE));
        facts.addFormItem(new Span(mail.recipient()), getTranslation("notification.mailbox.detail.recipient"));
        facts.addFormItem(new StatusBadge(mail.status()), getTranslation("notification.mailbox.column.status"));
        facts.addFormItem(new Span(mail.locale().getDisplayName(getLocale())),
                getTranslation("notification.mailbox.detail.language"));
        facts.addFormItem(new Span(mail.template()), getTranslation("notification.mailbox.detail.template"));
        facts.addFormItem(new Span(time(mail.createdAt())), getTranslation("notification.mailbox.detail.created"));
        facts.addFormItem(new Span(mail.sent().map(this::time).orElse(none())),
                getTranslation("notification.mailbox.detail.sent"));
        facts.addFormItem(new Span(String.valueOf(mail.attempts())),
                getTranslation("notification.mailbox.detail.attempts"));
        facts.addFormItem(new Span(nextAttempt(mail)), getTranslation("notification.mailbox.detail.nextAttempt"));
        mail.lastErrorText().ifPresent(error -> {
            Span errorText = new Span(error);
            errorText.setId("mailbox-detail-error");
            facts.addFormItem(errorText, getTranslation("notification.mailbox.detail.lastError")).getElement()
                    .setAttribute("colspan", "2");
        });

        Div html = new Div();
        html.setId("mailbox-html");
        html.addClassNames("card", "mail-html");
        html.setWidthFull();
        html.getStyle().set("box-sizing", "border-box");
        // the mail's HTML is sanitised (jsoup basic safelist), never rendered raw
        html.getElement().setProperty("innerHTML", SafeMailHtml.sanitise(mail.htmlBody()));

        Pre text = new Pre(mail.textBody());
        text.setId("mailbox-text");
        text.getStyle().set("white-space", "pre-wrap");
        Details textDetails = new Details(getTranslation("notification.mailbox.detail.textBody"), text);

        Button resend = new Button(getTranslation("notification.mailbox.resend"), VaadinIcon.REFRESH.create(),
                click -> resendAction.accept(mail.id()));
        resend.setId("mailbox-resend");
        resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resend.setEnabled(mail.resendable());

        add(subject, facts, html, textDetails, resend);
    }

    private String nextAttempt(MailDetails mail) {
        if (mail.status() == MailStatus.SENT) {
            return none();
        }
        return mail.nextAttempt().map(this::time)
                .orElseGet(() -> getTranslation("notification.mailbox.detail.noRetry"));
    }

    private String time(Instant instant) {
        return DateTimes.format(instant, ViewerZone.get(), getLocale());
    }

    private String none() {
        return getTranslation("notification.mailbox.detail.none");
    }
}
