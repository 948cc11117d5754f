package org.opencontest.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.AccountMails;
import org.opencontest.account.ui.SignUpView;
import org.opencontest.notification.internal.EmbeddedMailServer;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class SignUpViewTest extends KaribuTest {

    @Autowired UserDirectory directory;
    @Autowired RecordedMails mails;
    @Autowired TestAccounts accounts;
    @Autowired EmbeddedMailServer smtp;

    @Test
    void visitorSignsUpInEnglishAndGetsAVerificationMail() {
        navigate("signup");
        assertThat(_get(SignUpView.class).getPageTitle()).isEqualTo("Create an account");
        assertThat(field(EmailField.class, "signup-email").getLabel()).isEqualTo("E-mail");
        assertThat(field(Select.class, "signup-language").getValue()).isEqualTo(SupportedLocales.ENGLISH);

        String email = "signup-" + UUID.randomUUID() + "@example.org";
        fill(email, "<img src=x onerror=alert(1)> Team Tide", "river-lantern-42", "river-lantern-42");
        _setValue(field(TextField.class, "signup-organisation"), "Tongji University");
        _click(field(Button.class, "signup-submit"));

        assertThat(_get(VerticalLayout.class, spec -> spec.withId("signup-done")).isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withText("We sent a confirmation link to " + email
                + ". You can sign in now; please confirm your address within 48 hours."))).isNotNull();
        long id = directory.findIdByEmail(email).orElseThrow();
        assertThat(directory.displayNames(java.util.List.of(id)).get(id))
                .as("stored as text, escaped when shown").isEqualTo("<img src=x onerror=alert(1)> Team Tide");
        assertThat(mails.to(email, AccountMails.VERIFY_EMAIL_TEMPLATE)).singleElement()
                .satisfies(mail -> assertThat(mail.locale()).isEqualTo(SupportedLocales.ENGLISH));
    }

    @Test
    void chineseVisitorSeesChineseLabelsAndTranslatedFieldErrors() {
        useLocale(SupportedLocales.CHINESE);
        navigate("signup");
        assertThat(_get(SignUpView.class).getPageTitle()).isEqualTo("注册账号");
        assertThat(field(EmailField.class, "signup-email").getLabel()).isEqualTo("电子邮箱");
        assertThat(field(PasswordField.class, "signup-password").getLabel()).isEqualTo("密码");
        assertThat(field(Button.class, "signup-submit").getText()).isEqualTo("创建账号");
        assertThat(field(Select.class, "signup-language").getValue()).isEqualTo(SupportedLocales.CHINESE);

        fill("not-an-address", "王芳", "1234567890", "1234567890");
        _click(field(Button.class, "signup-submit"));

        EmailField email = field(EmailField.class, "signup-email");
        PasswordField password = field(PasswordField.class, "signup-password");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("电子邮箱格式不正确，例如 name@example.org。");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("密码过于常见，请换一个更难猜到的密码。");
        assertThat(field(TextField.class, "signup-display-name").isInvalid()).isFalse();

        useLocale(SupportedLocales.ENGLISH);
        assertThat(password.getErrorMessage())
                .isEqualTo("Password is one of the most common passwords; choose one that is harder to guess.");
    }

    @Test
    void anAddressInUseGetsTheAnswerOfANewOneAndItsOwnerAMailInTheOwnersLanguage() throws Exception {
        AppPrincipal owner = accounts.create(Role.PARTICIPANT, ZoneId.of("Asia/Shanghai"), SupportedLocales.CHINESE);
        navigate("signup");
        fill(owner.email().toUpperCase(), "Second", "river-lantern-42", "river-lantern-42");
        _click(field(Button.class, "signup-submit"));

        assertThat(_get(VerticalLayout.class, spec -> spec.withId("signup-done")).isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withText("We sent a confirmation link to "
                + owner.email().toUpperCase() + ". You can sign in now; please confirm your address within 48 hours.")))
                .as("word for word the answer to a new address").isNotNull();
        String warning = "有人尝试用您的邮箱注册 OpenContest";
        await().atMost(Duration.ofSeconds(30)).until(() -> subjects(owner.email()).contains(warning));
        assertThat(subjects(owner.email())).as("the owner's mails: the account's verification, then the warning")
                .containsOnlyOnce(warning);
    }

    private List<String> subjects(String recipient) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.receivedMessagesFor(recipient)) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private static void fill(String email, String name, String password, String confirmation) {
        _setValue(field(EmailField.class, "signup-email"), email);
        _setValue(field(TextField.class, "signup-display-name"), name);
        _setValue(field(PasswordField.class, "signup-password"), password);
        _setValue(field(PasswordField.class, "signup-password-confirmation"), confirmation);
    }

    private static <T extends Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }
}
