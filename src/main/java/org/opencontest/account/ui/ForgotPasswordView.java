package org.opencontest.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.account.AccountService;
import org.opencontest.account.internal.AccountRules;
import org.opencontest.shared.ui.SingleSubmit;

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient AccountService accounts;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final EmailField email = new EmailField();
    private final Button submit = new Button();
    private final Paragraph sent = new Paragraph();
    private final Anchor signIn = new Anchor("login");

    public ForgotPasswordView(AccountService accounts) {
        this.accounts = accounts;
        email.setId("forgot-email");
        email.setMaxLength(AccountRules.MAX_EMAIL);
        email.setManualValidation(true);
        email.setWidth("24em");
        submit.setId("forgot-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        SingleSubmit.onClick(submit, this::request);
        sent.setId("forgot-sent");
        sent.setVisible(false);
        signIn.setId("forgot-sign-in-link");
        add(title, intro, email, submit, sent, signIn);
    }

    private void request() {
        if (email.getValue().isBlank()) {
            email.setErrorMessage(getTranslation("account.validation.email.required"));
            email.setInvalid(true);
            return;
        }
        email.setInvalid(false);
        accounts.requestPasswordReset(email.getValue());
        intro.setVisible(false);
        email.setVisible(false);
        submit.setVisible(false);
        sent.setVisible(true);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("account.forgot.title"));
        intro.setText(getTranslation("account.forgot.intro"));
        email.setLabel(getTranslation("account.field.email"));
        if (email.isInvalid()) {
            email.setErrorMessage(getTranslation("account.validation.email.required"));
        }
        submit.setText(getTranslation("account.forgot.submit"));
        sent.setText(getTranslation("account.forgot.sent"));
        signIn.setText(getTranslation("account.forgot.backToSignIn"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.title");
    }
}
