package org.opencontest.account.ui;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.account.AccountService;
import org.opencontest.account.internal.AccountField;
import org.opencontest.account.internal.AccountRules;
import org.opencontest.account.internal.InvalidInputException;
import org.opencontest.account.internal.PasswordPolicy;
import org.opencontest.account.SignUpRequest;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;

/** Sign-up for participants. Language and time zone start from the viewer's UI language and browser zone. */
@Route("signup")
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient AccountService accounts;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final TextField organisation = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Select<Locale> language = AccountChoices.languageSelect();
    private final ComboBox<ZoneId> zone = AccountChoices.zoneComboBox();
    private final Button submit = new Button();
    private final Anchor signIn = new Anchor("login");
    private final FormLayout form = AccountChoices.form();
    private final H1 doneTitle = new H1();
    private final Paragraph doneText = new Paragraph();
    private final Anchor doneSignIn = new Anchor("login");
    private final VerticalLayout done = new VerticalLayout(doneTitle, doneText, doneSignIn);
    private final FieldErrors errors = new FieldErrors(this);
    private String createdEmail;
    private boolean zoneChosenByVisitor;

    public SignUpView(AccountService accounts) {
        this.accounts = accounts;
        email.setId("signup-email");
        email.setMaxLength(AccountRules.MAX_EMAIL);
        email.setManualValidation(true);
        displayName.setId("signup-display-name");
        displayName.setMaxLength(AccountRules.MAX_DISPLAY_NAME);
        displayName.setManualValidation(true);
        organisation.setId("signup-organisation");
        organisation.setMaxLength(AccountRules.MAX_ORGANISATION);
        organisation.setManualValidation(true);
        password.setId("signup-password");
        password.setManualValidation(true);
        confirmation.setId("signup-password-confirmation");
        confirmation.setManualValidation(true);
        language.setId("signup-language");
        zone.setId("signup-zone");
        zone.addValueChangeListener(change -> zoneChosenByVisitor |= change.isFromClient());
        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        SingleSubmit.onClick(submit, this::signUp);
        signIn.setId("signup-sign-in-link");
        doneSignIn.setId("signup-done-sign-in-link");
        done.setId("signup-done");
        done.setPadding(false);
        done.setVisible(false);

        errors.bind(AccountField.EMAIL, email).bind(AccountField.DISPLAY_NAME, displayName)
                .bind(AccountField.ORGANISATION, organisation).bind(AccountField.PASSWORD, password)
                .bind(AccountField.PASSWORD_CONFIRMATION, confirmation).bind(AccountField.LOCALE, language)
                .bind(AccountField.ZONE, zone);

        form.addFormRow(email, displayName);
        form.addFormRow(organisation);
        form.addFormRow(password, confirmation);
        form.addFormRow(language, zone);
        setMaxWidth("52em");
        add(title, intro, form, submit, signIn, done);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (language.isEmpty()) {
            language.setValue(SupportedLocales.closest(event.getUI().getLocale()));
        }
        if (zone.isEmpty()) {
            zone.setValue(AccountChoices.knownOr(ViewerZone.get().getId(), ZoneId.of("UTC")));
            // The browser's zone may arrive only after the first render; take it unless the visitor chose one.
            event.getUI().getPage().retrieveExtendedClientDetails(details -> {
                if (!zoneChosenByVisitor) {
                    zone.setValue(AccountChoices.knownOr(details.getTimeZoneId(), zone.getValue()));
                }
            });
        }
    }

    private void signUp() {
        try {
            accounts.signUp(new SignUpRequest(email.getValue(), displayName.getValue(), organisation.getValue(),
                    password.getValue(), confirmation.getValue(), language.getValue(), zone.getValue()));
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
            return;
        }
        errors.clear();
        createdEmail = email.getValue().strip();
        password.clear();
        confirmation.clear();
        form.setVisible(false);
        submit.setVisible(false);
        signIn.setVisible(false);
        intro.setVisible(false);
        title.setVisible(false);
        done.setVisible(true);
        renderDone();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("account.signup.title"));
        intro.setText(getTranslation("account.signup.intro"));
        email.setLabel(getTranslation("account.field.email"));
        displayName.setLabel(getTranslation("account.field.displayName"));
        organisation.setLabel(getTranslation("account.field.organisation"));
        password.setLabel(getTranslation("account.field.password"));
        password.setHelperText(getTranslation("account.field.password.helper", PasswordPolicy.MIN_LENGTH));
        confirmation.setLabel(getTranslation("account.field.passwordConfirmation"));
        language.setLabel(getTranslation("account.field.language"));
        zone.setLabel(getTranslation("account.field.zone"));
        submit.setText(getTranslation("account.signup.submit"));
        signIn.setText(getTranslation("account.signup.haveAccount"));
        doneTitle.setText(getTranslation("account.signup.done.title"));
        doneSignIn.setText(getTranslation("nav.signIn"));
        renderDone();
        errors.render();
    }

    private void renderDone() {
        if (createdEmail != null) {
            doneText.setText(getTranslation("account.signup.done.text", createdEmail));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.signup.title");
    }
}
