package org.opencontest.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.shared.security.SignInPausedException;
import org.springframework.security.web.WebAttributes;

/**
 * Form login; Spring Security processes the POST to /login. The form sends the CSRF token from the page's
 * {@code _csrf} meta tags. After a refusal, says how long a throttled sign-in has to wait.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Anchor signUp = new Anchor("signup");
    /** Seconds the refused sign-in had to wait, or 0 when it was not paused. */
    private long pausedSeconds;

    public LoginView() {
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        signUp.setId("login-sign-up-link");
        setAlignItems(FlexComponent.Alignment.CENTER);
        add(form, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(error);
        pausedSeconds = error && lastSignInFailure() instanceof SignInPausedException paused
                ? paused.waitSeconds() : 0;
        translate();
    }

    /** What Spring Security's failure handler left in the session for the page it redirected to. */
    private static Object lastSignInFailure() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translate();
    }

    private void translate() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(pausedSeconds > 0
                ? getTranslation("login.error.paused", pausedSeconds) : getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.emailRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.passwordRequired"));
        form.setI18n(i18n);
        signUp.setText(getTranslation("login.noAccount"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
