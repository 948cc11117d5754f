package org.opencontest.account.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.opencontest.account.AccountService;
import org.opencontest.account.AccountStatus;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.ui.Notices;
import org.springframework.stereotype.Component;

/**
 * Checks the signed-in user's account on every navigation: a disabled account is signed out at once (its session
 * may predate the disabling), and an unconfirmed e-mail address gets a banner with a "send again" button. Users
 * without an account row (the system identity) are left alone.
 */
@Component
class AccountStatusGuard implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    AccountStatusGuard(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(this::check));
    }

    private void check(AfterNavigationEvent event) {
        UI ui = UI.getCurrent();
        if (CurrentUser.get().isEmpty() || ui == null) {
            return;
        }
        accounts.myStatus().ifPresent(status -> {
            if (!status.enabled()) {
                authentication.logout();
            } else {
                boolean onVerificationPage = event.getLocation().getPath().equals("verify-email");
                showBanner(ui, !status.emailVerified() && !onVerificationPage);
            }
        });
    }

    private void showBanner(UI ui, boolean wanted) {
        VerificationBanner banner = ComponentUtil.getData(ui, VerificationBanner.class);
        if (wanted && banner == null) {
            banner = new VerificationBanner();
            ComponentUtil.setData(ui, VerificationBanner.class, banner);
            banner.open();
        } else if (!wanted && banner != null) {
            banner.close();
            ComponentUtil.setData(ui, VerificationBanner.class, null);
        }
    }

    /** A stretched notification that stays until the address is confirmed or the user closes it. */
    private final class VerificationBanner extends HorizontalLayout implements LocaleChangeObserver {

        private final Notification notification = new Notification();
        private final Span text = new Span();
        private final Button resend = new Button("", click -> resend());
        private final Button dismiss = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> close());

        VerificationBanner() {
            resend.setId("verification-banner-resend");
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            setAlignItems(FlexComponent.Alignment.CENTER);
            add(text, resend, dismiss);
            notification.setId("verification-banner");
            notification.add(this);
            notification.setDuration(0);
            notification.setPosition(Notification.Position.BOTTOM_STRETCH);
            notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }

        @Override
        public void localeChange(LocaleChangeEvent event) {
            text.setText(getTranslation("account.verify.banner"));
            resend.setText(getTranslation("account.verify.resend"));
            dismiss.setAriaLabel(getTranslation("account.verify.dismiss"));
        }

        void open() {
            notification.open();
        }

        void close() {
            notification.close();
        }

        private void resend() {
            accounts.resendVerification();
            close();
            Notices.success("account.verify.resent");
        }
    }
}
