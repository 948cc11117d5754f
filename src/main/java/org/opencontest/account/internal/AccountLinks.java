package org.opencontest.account.internal;

import org.opencontest.shared.net.PublicBaseUrl;
import org.springframework.stereotype.Component;

/** Absolute links for e-mails, built from {@code opencontest.base-url}. Tokens are URL-safe as they are. */
@Component
public class AccountLinks {

    private final PublicBaseUrl baseUrl;

    AccountLinks(PublicBaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String verifyEmail(String token) {
        return baseUrl.link("/verify-email?token=" + token);
    }

    public String resetPassword(String token) {
        return baseUrl.link("/reset-password?token=" + token);
    }

    public String signIn() {
        return baseUrl.link("/login");
    }

    public String forgotPassword() {
        return baseUrl.link("/forgot-password");
    }

    public String profile() {
        return baseUrl.link("/profile");
    }

    public String roleRequestQueue() {
        return baseUrl.link("/admin/role-requests");
    }
}
