package org.opencontest.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.account.AccountService;
import org.opencontest.account.internal.AccountField;
import org.opencontest.account.internal.InvalidInputException;
import org.opencontest.account.internal.PasswordPolicy;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.ui.SingleSubmit;

/** Target of the reset link: a new password (same rules as at sign-up), or why the link does not work. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {

    private final transient AccountService accounts;
    private final H1 title = new H1();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Button submit = new Button();
    private final FormLayout form = AccountChoices.form();
    private final Paragraph outcome = new Paragraph();
    private final Anchor next = new Anchor();
    private final FieldErrors errors = new FieldErrors(this);
    private String token;
    /** Null while the form is usable; else the message key of the final state (done or a token problem). */
    private String outcomeKey;

    public ResetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        password.setId("reset-password");
        password.setManualValidation(true);
        confirmation.setId("reset-password-confirmation");
        confirmation.setManualValidation(true);
        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        SingleSubmit.onClick(submit, this::reset);
        outcome.setId("reset-outcome");
        next.setId("reset-next");
        errors.bind(AccountField.PASSWORD, password).bind(AccountField.PASSWORD_CONFIRMATION, confirmation);
        form.addFormRow(password, confirmation);
        add(title, form, submit, outcome, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        try {
            accounts.checkResetToken(token);
            outcomeKey = null;
        } catch (UserFacingException refusal) {
            outcomeKey = refusal.getMessageKey();
        }
        render();
    }

    private void reset() {
        try {
            accounts.resetPassword(token, password.getValue(), confirmation.getValue());
            outcomeKey = "account.reset.done";
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
            return;
        } catch (UserFacingException tokenProblem) {
            outcomeKey = tokenProblem.getMessageKey();
        }
        password.clear();
        confirmation.clear();
        errors.clear();
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("account.reset.title"));
        password.setLabel(getTranslation("account.field.newPassword"));
        password.setHelperText(getTranslation("account.field.password.helper", PasswordPolicy.MIN_LENGTH));
        confirmation.setLabel(getTranslation("account.field.passwordConfirmation"));
        submit.setText(getTranslation("account.reset.submit"));
        errors.render();
        render();
    }

    private void render() {
        boolean formUsable = outcomeKey == null;
        form.setVisible(formUsable);
        submit.setVisible(formUsable);
        outcome.setVisible(!formUsable);
        next.setVisible(!formUsable);
        if (!formUsable) {
            boolean done = outcomeKey.equals("account.reset.done");
            outcome.setText(getTranslation(outcomeKey));
            next.setHref(done ? "login" : "forgot-password");
            next.setText(getTranslation(done ? "nav.signIn" : "account.reset.requestNew"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.reset.title");
    }
}
