package org.opencontest.account.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links for e-mails, built from {@code opencontest.base-url}. Tokens are URL-safe as they are. */
@Component
public class AccountLinks {

    private final String baseUrl;

    AccountLinks(@Value("${opencontest.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String verifyEmail(String token) {
        return baseUrl + "/verify-email?token=" + token;
    }

    public String resetPassword(String token) {
        return baseUrl + "/reset-password?token=" + token;
    }

    public String signIn() {
        return baseUrl + "/login";
    }

    public String forgotPassword() {
        return baseUrl + "/forgot-password";
    }

    public String profile() {
        return baseUrl + "/profile";
    }

    public String roleRequestQueue() {
        return baseUrl + "/admin/role-requests";
    }
}
