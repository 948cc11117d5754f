package org.opencontest.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.account.internal.ApiTokenRepository;
import org.opencontest.account.internal.ApiTokenSecrets;
import org.opencontest.account.internal.ApiTokenStatus;
import org.opencontest.account.internal.ApiTokenSummary;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.account.internal.UserSummary;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.Actors;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile's API tokens section and the administrators' view of a user's tokens. */
class ApiTokensViewTest extends KaribuTest {

    @Autowired TestAccounts testAccounts;
    @Autowired ApiTokens apiTokens;
    @Autowired ApiTokenRepository tokenRows;

    @Test
    void aNewTokensSecretIsShownOnceAndTheTokenIsListed() {
        AppPrincipal me = testAccounts.create(Role.PARTICIPANT);
        signInAs(me);
        navigate("profile");
        assertThat(secretShown()).isFalse();
        assertThat(_size(tokenGrid("api-token-grid"))).isZero();

        _setValue(_get(TextField.class, spec -> spec.withId("api-token-name")), "CI upload");
        _setValue(scopes(), EnumSet.of(ApiScope.CONTESTS_READ, ApiScope.SUBMISSIONS_WRITE));
        _setValue(validity(), 90);
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));

        expectNotifications("Token \"CI upload\" created.");
        TextField secretField = _get(TextField.class, spec -> spec.withId("api-token-secret"));
        String secret = secretField.getValue();
        assertThat(ApiTokenSecrets.looksLikeSecret(secret)).isTrue();
        assertThat(tokenRows.findByTokenHash(ApiTokenSecrets.hash(secret))).isPresent();
        assertThat(_get(TextField.class, spec -> spec.withId("api-token-name")).getValue()).isEmpty();
        Grid<ApiTokenSummary> grid = tokenGrid("api-token-grid");
        assertThat(_fetch(grid, 0, 10)).singleElement().satisfies(token -> {
            assertThat(token.name()).isEqualTo("CI upload");
            assertThat(token.scopes()).containsExactly(ApiScope.CONTESTS_READ, ApiScope.SUBMISSIONS_WRITE);
        });
        assertThat(_getFormatted(grid, 0, "scopes")).isEqualTo("contests:read, submissions:write");
        assertThat(_getFormatted(grid, 0, "lastUsed")).isEqualTo("Never");
        assertThat(_getFormatted(grid, 0, "status")).isEqualTo("Active");

        _click(_get(Button.class, spec -> spec.withId("api-token-secret-done")));
        assertThat(secretShown()).isFalse();
        assertThat(secretField.getValue()).isEmpty();

        navigate("login");
        navigate("profile");
        assertThat(secretShown()).isFalse();
        assertThat(_size(tokenGrid("api-token-grid"))).isEqualTo(1);
    }

    @Test
    void refusedInputIsShownAtTheFieldsInTheUsersLanguage() {
        signInAs(testAccounts.create(Role.PARTICIPANT));
        navigate("profile");
        useLocale(SupportedLocales.CHINESE);
        _setValue(scopes(), Set.of());
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));

        assertThat(_get(TextField.class, spec -> spec.withId("api-token-name")).getErrorMessage())
                .isEqualTo("请为令牌命名。");
        assertThat(scopes().getErrorMessage()).isEqualTo("请至少选择一个权限范围。");
        assertThat(secretShown()).isFalse();
        assertThat(_size(tokenGrid("api-token-grid"))).isZero();
    }

    @Test
    void revokingAfterConfirmationStopsTheToken() {
        AppPrincipal me = testAccounts.create(Role.PARTICIPANT);
        long tokenId = Actors.as(me, () -> apiTokens.create(new NewApiToken("old laptop",
                Set.of(ApiScope.CONTESTS_READ), 7))).token().id();
        signInAs(me);
        navigate("profile");
        Grid<ApiTokenSummary> grid = tokenGrid("api-token-grid");

        _click((Button) _getCellComponent(grid, 0, "revoke"));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("api-token-revoke-confirm"));
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Revoke token \"old laptop\"?");
        ConfirmDialogKt._fireConfirm(dialog);

        expectNotifications("Token \"old laptop\" revoked.");
        assertThat(_getFormatted(grid, 0, "status")).isEqualTo("Revoked");
        assertThat(_getCellComponent(grid, 0, "revoke").isVisible()).isFalse();
        assertThat(Actors.as(me, apiTokens::myTokens)).singleElement().satisfies(token -> {
            assertThat(token.id()).isEqualTo(tokenId);
            assertThat(token.status()).isEqualTo(ApiTokenStatus.REVOKED);
        });
    }

    @Test
    void anAdministratorSeesAndRevokesAUsersTokens() {
        AppPrincipal owner = testAccounts.create(Role.PARTICIPANT);
        Actors.as(owner, () -> apiTokens.create(new NewApiToken("leaked", Set.of(ApiScope.SUBMISSIONS_WRITE), 30)));
        signInAs(testAccounts.create(Role.ADMIN));
        navigate("admin/users");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-users-search")), owner.email());
        @SuppressWarnings("unchecked")
        Grid<UserSummary> users = _get(Grid.class, spec -> spec.withId("admin-users-grid"));
        _selectRow(users, 0);

        Grid<ApiTokenSummary> tokens = tokenGrid("admin-users-tokens");
        assertThat(_getFormatted(tokens, 0, "name")).isEqualTo("leaked");
        _click((Button) _getCellComponent(tokens, 0, "revoke"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_getFormatted(tokens, 0, "status")).isEqualTo("Revoked");
        assertThat(Actors.as(owner, apiTokens::myTokens)).singleElement()
                .satisfies(token -> assertThat(token.status()).isEqualTo(ApiTokenStatus.REVOKED));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiTokenSummary> tokenGrid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<ApiScope> scopes() {
        return _get(CheckboxGroup.class, spec -> spec.withId("api-token-scopes"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> validity() {
        return _get(Select.class, spec -> spec.withId("api-token-validity"));
    }

    private static boolean secretShown() {
        return !_find(VerticalLayout.class, spec -> spec.withId("api-token-secret-panel")).isEmpty();
    }
}
