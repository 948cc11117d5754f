package org.opencontest.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.opencontest.account.ui.LoginView;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.SignInPausedException;
import org.opencontest.support.KaribuTest;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void loginPageSpeaksTheViewersLanguage() {
        navigate("login");
        assertThat(_get(LoginView.class).getPageTitle()).isEqualTo("Sign in");
        assertThat(signUpLink().getText()).isEqualTo("No account yet? Sign up");

        useLocale(SupportedLocales.CHINESE);
        assertThat(_get(LoginView.class).getPageTitle()).isEqualTo("登录");
        assertThat(signUpLink().getText()).isEqualTo("还没有账号？立即注册");
    }

    @Test
    void aThrottledSignInSaysHowLongToWait() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInPausedException(Duration.ofMillis(4_200)));
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        assertThat(errorTexts()).contains("Too many wrong passwords: this try was not checked. Try again in 5 seconds.");

        useLocale(SupportedLocales.CHINESE);
        assertThat(errorTexts()).contains("密码错误次数过多，本次登录未核对密码。请在 5 秒后重试。");
    }

    /** The texts the form's web component was given, as JSON. */
    private static String errorTexts() {
        return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
    }

    private static Anchor signUpLink() {
        return _get(Anchor.class, spec -> spec.withId("login-sign-up-link"));
    }
}
