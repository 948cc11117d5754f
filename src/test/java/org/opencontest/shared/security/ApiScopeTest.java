package org.opencontest.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ApiScopeTest {

    @Test
    void eachScopeHasAnAuthorityAndAParseableValue() {
        assertThat(Arrays.stream(ApiScope.values()).map(ApiScope::value))
                .containsExactly("contests:read", "submissions:read", "submissions:write", "votes:write");
        for (ApiScope scope : ApiScope.values()) {
            assertThat(scope.authority()).isEqualTo("SCOPE_" + scope.value());
            assertThat(ApiScope.fromValue(scope.value())).contains(scope);
        }
        assertThat(ApiScope.fromValue("submissions:delete")).isEmpty();
        assertThat(ApiScope.fromValue("SUBMISSIONS_WRITE")).isEmpty();
    }

    @Test
    void thePreAuthorizeConstantsRequireTheScopesAuthorities() {
        assertThat(ApiScopes.CONTESTS_READ).isEqualTo(requires(ApiScope.CONTESTS_READ));
        assertThat(ApiScopes.SUBMISSIONS_READ).isEqualTo(requires(ApiScope.SUBMISSIONS_READ));
        assertThat(ApiScopes.SUBMISSIONS_WRITE).isEqualTo(requires(ApiScope.SUBMISSIONS_WRITE));
        assertThat(ApiScopes.VOTES_WRITE).isEqualTo(requires(ApiScope.VOTES_WRITE));
    }

    private static String requires(ApiScope scope) {
        return "hasAuthority('" + scope.authority() + "')";
    }
}
