package org.opencontest.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;

import org.junit.jupiter.api.Test;
import org.opencontest.account.ui.LoginView;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.support.KaribuTest;

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

    private static Anchor signUpLink() {
        return _get(Anchor.class, spec -> spec.withId("login-sign-up-link"));
    }
}
