package org.opencontest.account.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.opencontest.account.AccountService;
import org.opencontest.account.internal.Profile;
import org.opencontest.shared.api.ApiController;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.ApiTokenAuthentication;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /api/v1/me}: whose token this is and what it may do. Needs a valid token, no particular scope. */
@ApiController
@Tag(name = "Account")
class MeController {

    private final AccountService accounts;

    MeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The token's owner and the token's scopes",
            description = "Works with any valid token; useful to check a token and which scopes it carries.")
    Me me() {
        Profile profile = accounts.myProfile();
        ApiTokenAuthentication token = CurrentUser.apiToken().orElseThrow();
        return new Me(profile.userId(), profile.email(), profile.displayName(),
                CurrentUser.require().roles().stream().map(Role::name).sorted().toList(),
                profile.locale().toLanguageTag(), profile.zone().getId(),
                token.getScopes().stream().map(ApiScope::value).toList(), token.getExpiresAt());
    }

    /** The caller as the API shows it; roles and scopes in a stable order. */
    record Me(long id, String email, String name, List<String> roles, String locale, String zone,
              List<String> scopes, Instant tokenExpiresAt) {
    }
}
