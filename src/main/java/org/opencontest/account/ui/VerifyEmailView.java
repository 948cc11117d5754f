package org.opencontest.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.account.AccountService;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.security.CurrentUser;

/** Target of the verification link: confirms the address once and says so, or says why the link does not work. */
@Route("verify-email")
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {

    private final transient AccountService accounts;
    private final H1 title = new H1();
    private final Paragraph outcome = new Paragraph();
    private final Paragraph hint = new Paragraph();
    private final Anchor next = new Anchor();
    private String outcomeKey = "account.token.invalid";
    private boolean verified;

    public VerifyEmailView(AccountService accounts) {
        this.accounts = accounts;
        outcome.setId("verify-email-outcome");
        next.setId("verify-email-next");
        add(title, outcome, hint, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        try {
            accounts.verifyEmail(token);
            verified = true;
            outcomeKey = "account.verify.success";
        } catch (UserFacingException refusal) {
            verified = false;
            outcomeKey = refusal.getMessageKey();
        }
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        boolean signedIn = CurrentUser.get().isPresent();
        title.setText(getTranslation("account.verify.title"));
        outcome.setText(getTranslation(outcomeKey));
        hint.setText(verified ? "" : getTranslation("account.verify.failedHint"));
        hint.setVisible(!verified);
        next.setHref(signedIn ? "" : "login");
        next.setText(getTranslation(signedIn ? "account.verify.home" : "nav.signIn"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.verify.title");
    }
}
