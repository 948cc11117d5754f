package org.opencontest.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.AccountMails;
import org.opencontest.account.SignUpRequest;
import org.opencontest.account.internal.UserAccountRepository;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Verification, password reset, profile and the verification banner, driven through their views. */
class AccountViewsTest extends KaribuTest {

    private static final String PASSWORD = "river-lantern-42";

    @Autowired AccountService accounts;
    @Autowired UserAccountRepository users;
    @Autowired RecordedMails mails;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void theVerificationLinkConfirmsOnceAndThenExplainsItIsUsed() {
        String email = signUp();
        String token = mails.lastToken(email, AccountMails.VERIFY_EMAIL_TEMPLATE);

        navigateWithToken("verify-email", token);
        assertThat(outcome("verify-email-outcome")).isEqualTo("Thank you, your e-mail address is confirmed.");
        assertThat(_get(Anchor.class, spec -> spec.withId("verify-email-next")).getHref()).isEqualTo("login");

        useLocale(SupportedLocales.CHINESE);
        navigateWithToken("verify-email", token);
        assertThat(outcome("verify-email-outcome")).isEqualTo("该链接已被使用。");

        navigateWithToken("verify-email", "forged");
        assertThat(outcome("verify-email-outcome")).isEqualTo("该链接无效。请确认您打开的是邮件中的完整链接。");
    }

    @Test
    void forgotPasswordAnswersTheSameForEveryAddressAndTheLinkSetsANewPassword() {
        String email = signUp();
        navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), email);
        _click(_get(Button.class, spec -> spec.withId("forgot-submit")));
        String neutral = outcome("forgot-sent");

        navigate("login");
        navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), "nobody-" + email);
        _click(_get(Button.class, spec -> spec.withId("forgot-submit")));
        assertThat(outcome("forgot-sent")).isEqualTo(neutral).startsWith("If an account exists");

        navigateWithToken("reset-password", mails.lastToken(email, AccountMails.PASSWORD_RESET_TEMPLATE));
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password-confirmation")), "short");
        _click(_get(Button.class, spec -> spec.withId("reset-submit")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("reset-password")).getErrorMessage())
                .isEqualTo("Password must have at least 10 characters.");

        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "harbour-kite-2026");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password-confirmation")), "harbour-kite-2026");
        _click(_get(Button.class, spec -> spec.withId("reset-submit")));
        assertThat(outcome("reset-outcome")).isEqualTo("Your password has been changed. You can sign in with it now.");
        assertThat(passwordEncoder.matches("harbour-kite-2026",
                users.findByEmail(email).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void anUnusableResetLinkSaysWhyInsteadOfShowingTheForm() {
        navigateWithToken("reset-password", "x".repeat(43));

        assertThat(outcome("reset-outcome")).isEqualTo("This link is not valid. Make sure you opened the whole link "
                + "from the e-mail.");
        assertThat(_get(Anchor.class, spec -> spec.withId("reset-next")).getHref()).isEqualTo("forgot-password");
    }

    @Test
    void unverifiedUsersSeeABannerThatResendsTheMailAtMostOnceInAWhile() {
        String email = signUp();
        signInAs(users.findByEmail(email).orElseThrow().toPrincipal());
        navigate("profile");

        assertThat(getNotifications()).anySatisfy(banner ->
                assertThat(banner.getId()).contains("verification-banner"));
        // sign-up sent one a moment ago: refused (shown as a notification by the error handler), nothing sent
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("verification-banner-resend"))))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.getMessageKey())
                        .isEqualTo("account.verify.resendTooSoon"));
        assertThat(mails.to(email, AccountMails.VERIFY_EMAIL_TEMPLATE)).hasSize(1);

        accounts.verifyEmail(mails.lastToken(email, AccountMails.VERIFY_EMAIL_TEMPLATE));
        getNotifications().forEach(com.github.mvysny.kaributesting.v10.NotificationsKt::_close);
        navigate("login");
        navigate("profile");
        assertThat(getNotifications()).noneSatisfy(banner ->
                assertThat(banner.getId()).contains("verification-banner"));
    }

    @Test
    void profileSavesNameAndLanguageAndUpdatesTheSession() {
        String email = signUp();
        AppPrincipal me = users.findByEmail(email).orElseThrow().toPrincipal();
        signInAs(me);
        accounts.verifyEmail(mails.lastToken(email, AccountMails.VERIFY_EMAIL_TEMPLATE));
        navigate("profile");
        assertThat(_get(TextField.class, spec -> spec.withId("profile-email")).getValue()).isEqualTo(email);

        _setValue(_get(TextField.class, spec -> spec.withId("profile-display-name")), "Zhao Lei 赵磊");
        @SuppressWarnings("unchecked")
        var language = (com.vaadin.flow.component.select.Select<java.util.Locale>) _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withId("profile-language"));
        _setValue(language, SupportedLocales.CHINESE);
        _click(_get(Button.class, spec -> spec.withId("profile-save")));

        expectNotifications("个人资料已保存。");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(SupportedLocales.CHINESE);
        assertThat(CurrentUser.require().displayName()).isEqualTo("Zhao Lei 赵磊");
        assertThat(users.findByEmail(email).orElseThrow().getLocale()).isEqualTo(SupportedLocales.CHINESE);
    }

    @Test
    void theHeaderLanguageSwitchIsRememberedWithoutDisturbingAnOpenProfileForm() {
        String email = signUp();
        accounts.verifyEmail(mails.lastToken(email, AccountMails.VERIFY_EMAIL_TEMPLATE));
        signInAs(users.findByEmail(email).orElseThrow().toPrincipal());
        navigate("profile");
        long version = users.findByEmail(email).orElseThrow().getVersion();

        @SuppressWarnings("unchecked")
        var header = (com.vaadin.flow.component.select.Select<java.util.Locale>) _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withId("language-switch"));
        _setValue(header, SupportedLocales.CHINESE);

        assertThat(users.findByEmail(email).orElseThrow().getLocale()).isEqualTo(SupportedLocales.CHINESE);
        assertThat(users.findByEmail(email).orElseThrow().getVersion()).isEqualTo(version);
        _setValue(_get(TextField.class, spec -> spec.withId("profile-display-name")), "Still Saves");
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        expectNotifications("个人资料已保存。");
        assertThat(users.findByEmail(email).orElseThrow().getLocale()).isEqualTo(SupportedLocales.CHINESE);
    }

    @Test
    void aDisabledAccountIsSignedOutOnItsNextNavigation() {
        String email = signUp();
        var user = users.findByEmail(email).orElseThrow();
        signInAs(user.toPrincipal());
        navigate("profile");
        user.setEnabled(false);
        users.save(user);

        navigate("login");

        assertThat(VaadinSession.getCurrent().getSession()).satisfiesAnyOf(
                session -> assertThat(session).isNull(),
                session -> assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull());
    }

    private String signUp() {
        String email = "views-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(new SignUpRequest(email, "Views Tester", null, PASSWORD, PASSWORD, SupportedLocales.ENGLISH,
                ZoneId.of("Asia/Shanghai")));
        return email;
    }

    private static void navigateWithToken(String route, String token) {
        UI.getCurrent().navigate(route, QueryParameters.of("token", token));
    }

    private static String outcome(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }
}
