package org.opencontest.account.ui;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.opencontest.account.AccountService;
import org.opencontest.account.internal.AccountField;
import org.opencontest.account.internal.AccountRules;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.InvalidInputException;
import org.opencontest.account.internal.PasswordPolicy;
import org.opencontest.account.internal.Profile;
import org.opencontest.account.internal.ProfileUpdate;
import org.opencontest.account.internal.RoleRequests;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/** The signed-in user's own details, preferences, password and personal API tokens. */
@Route("profile")
@PermitAll
@Menu(title = "nav.profile", order = 900, icon = "vaadin:user")
public class ProfileView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient AccountService accounts;
    private final H1 title = new H1();
    private final TextField email = new TextField();
    private final TextField displayName = new TextField();
    private final TextField organisation = new TextField();
    private final Select<Locale> language = AccountChoices.languageSelect();
    private final ComboBox<ZoneId> zone = AccountChoices.zoneComboBox();
    private final Button save = new Button();
    private final H3 passwordTitle = new H3();
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Button changePassword = new Button();
    private final FieldErrors profileErrors = new FieldErrors(this);
    private final FieldErrors passwordErrors = new FieldErrors(this);
    private Profile profile;

    public ProfileView(AccountService accounts, ApiTokens apiTokens, RoleRequests roleRequests) {
        this.accounts = accounts;
        email.setId("profile-email");
        email.setReadOnly(true);
        displayName.setId("profile-display-name");
        displayName.setMaxLength(AccountRules.MAX_DISPLAY_NAME);
        displayName.setManualValidation(true);
        organisation.setId("profile-organisation");
        organisation.setMaxLength(AccountRules.MAX_ORGANISATION);
        organisation.setManualValidation(true);
        language.setId("profile-language");
        zone.setId("profile-zone");
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(save, this::saveProfile);
        currentPassword.setId("profile-current-password");
        currentPassword.setManualValidation(true);
        newPassword.setId("profile-new-password");
        newPassword.setManualValidation(true);
        confirmation.setId("profile-password-confirmation");
        confirmation.setManualValidation(true);
        changePassword.setId("profile-change-password");
        SingleSubmit.onClick(changePassword, this::changePassword);
        profileErrors.bind(AccountField.DISPLAY_NAME, displayName).bind(AccountField.ORGANISATION, organisation)
                .bind(AccountField.LOCALE, language).bind(AccountField.ZONE, zone);
        passwordErrors.bind(AccountField.CURRENT_PASSWORD, currentPassword)
                .bind(AccountField.PASSWORD, newPassword).bind(AccountField.PASSWORD_CONFIRMATION, confirmation);

        FormLayout details = AccountChoices.form();
        details.addFormRow(email, displayName);
        details.addFormRow(organisation);
        details.addFormRow(language, zone);
        FormLayout password = AccountChoices.form();
        password.addFormRow(currentPassword);
        password.addFormRow(newPassword, confirmation);
        // wide enough for the token list; the forms keep their own narrower width
        setMaxWidth("64em");
        show(accounts.myProfile());
        add(title, details, save, passwordTitle, password, changePassword,
                new RoleRequestsSection(roleRequests, profile.organisation()), new ApiTokensSection(apiTokens));
    }

    private void show(Profile loaded) {
        profile = loaded;
        email.setValue(loaded.email());
        displayName.setValue(loaded.displayName());
        organisation.setValue(loaded.organisation() == null ? "" : loaded.organisation());
        language.setValue(SupportedLocales.closest(loaded.locale()));
        zone.setValue(AccountChoices.knownOr(loaded.zone().getId(), loaded.zone()));
    }

    private void saveProfile() {
        Profile saved;
        try {
            saved = accounts.updateProfile(new ProfileUpdate(profile.version(), displayName.getValue(),
                    organisation.getValue(), language.getValue(), zone.getValue()));
        } catch (InvalidInputException refusal) {
            profileErrors.show(refusal);
            return;
        }
        profileErrors.clear();
        show(saved);
        SessionPrincipal.update(saved);
        UI ui = UI.getCurrent();
        if (!SupportedLocales.closest(ui.getLocale()).equals(saved.locale())) {
            ui.getSession().setLocale(saved.locale());
            ui.setLocale(saved.locale());
        }
        Notices.success("account.profile.saved");
    }

    private void changePassword() {
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue(), confirmation.getValue());
        } catch (InvalidInputException refusal) {
            passwordErrors.show(refusal);
            return;
        }
        passwordErrors.clear();
        currentPassword.clear();
        newPassword.clear();
        confirmation.clear();
        Notices.success("account.profile.passwordChanged");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        // The header's language switch stores the choice too; keep the form in step so saving does not undo it.
        language.setValue(SupportedLocales.closest(event.getLocale()));
        title.setText(getTranslation("account.profile.title"));
        email.setLabel(getTranslation("account.field.email"));
        email.setHelperText(getTranslation(profile.emailVerified()
                ? "account.profile.emailVerified" : "account.profile.emailUnverified"));
        displayName.setLabel(getTranslation("account.field.displayName"));
        organisation.setLabel(getTranslation("account.field.organisation"));
        language.setLabel(getTranslation("account.field.language"));
        zone.setLabel(getTranslation("account.field.zone"));
        save.setText(getTranslation("account.profile.save"));
        passwordTitle.setText(getTranslation("account.profile.passwordTitle"));
        currentPassword.setLabel(getTranslation("account.field.currentPassword"));
        newPassword.setLabel(getTranslation("account.field.newPassword"));
        newPassword.setHelperText(getTranslation("account.field.password.helper", PasswordPolicy.MIN_LENGTH));
        confirmation.setLabel(getTranslation("account.field.passwordConfirmation"));
        changePassword.setText(getTranslation("account.profile.changePassword"));
        profileErrors.render();
        passwordErrors.render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.profile.title");
    }
}
