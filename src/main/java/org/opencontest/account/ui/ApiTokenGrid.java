package org.opencontest.account.ui;

import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.opencontest.account.internal.ApiTokenStatus;
import org.opencontest.account.internal.ApiTokenSummary;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.ViewerZone;

/**
 * A person's API tokens with scopes, expiry, last use and status; working tokens can be revoked (after a
 * confirmation). Used on the profile page (own tokens) and on the administrators' user page (anyone's).
 */
class ApiTokenGrid extends Grid<ApiTokenSummary> implements LocaleChangeObserver {

    static final String REVOKE_COLUMN = "revoke";

    private final transient LongFunction<ApiTokenSummary> revoker;
    private final Column<ApiTokenSummary> nameColumn;
    private final Column<ApiTokenSummary> scopesColumn;
    private final Column<ApiTokenSummary> createdColumn;
    private final Column<ApiTokenSummary> expiresColumn;
    private final Column<ApiTokenSummary> lastUsedColumn;
    private final Column<ApiTokenSummary> statusColumn;

    /** @param revoker revokes the token with this id and returns it as it is now */
    ApiTokenGrid(String id, LongFunction<ApiTokenSummary> revoker) {
        this.revoker = revoker;
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        nameColumn = addColumn(ApiTokenSummary::name).setKey("name").setWidth("9em").setFlexGrow(1);
        scopesColumn = addColumn(token -> token.scopes().stream().map(ApiScope::value)
                .collect(Collectors.joining(", "))).setKey("scopes").setWidth("10em");
        createdColumn = addColumn(token -> DateTimes.formatDate(token.createdAt(), ViewerZone.get(), getLocale()))
                .setKey("created").setAutoWidth(true).setFlexGrow(0);
        expiresColumn = addColumn(token -> when(token.expiresAt())).setKey("expires").setWidth("11em");
        lastUsedColumn = addColumn(token -> token.lastUsedAt() == null
                ? getTranslation("account.apiToken.never") : when(token.lastUsedAt()))
                .setKey("lastUsed").setWidth("11em");
        statusColumn = addColumn(token -> getTranslation("account.apiToken.status." + token.status().name()))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::revokeButton).setKey(REVOKE_COLUMN).setAutoWidth(true).setFlexGrow(0);
    }

    void show(List<ApiTokenSummary> tokens) {
        setItems(tokens);
    }

    private Button revokeButton(ApiTokenSummary token) {
        Button revoke = new Button(getTranslation("account.apiToken.revoke"), click -> confirmRevoke(token));
        revoke.setId("api-token-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        revoke.setVisible(token.status() == ApiTokenStatus.ACTIVE);
        return revoke;
    }

    private void confirmRevoke(ApiTokenSummary token) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("account.apiToken.revoke.header", token.name()),
                getTranslation("account.apiToken.revoke.text"), getTranslation("account.apiToken.revoke"),
                confirmed -> revoke(token), getTranslation("account.apiToken.revoke.cancel"), cancelled -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("api-token-revoke-confirm");
        dialog.open();
    }

    private void revoke(ApiTokenSummary token) {
        ApiTokenSummary revoked = revoker.apply(token.id());
        show(getListDataView().getItems().map(item -> item.id() == revoked.id() ? revoked : item).toList());
        Notices.success("account.apiToken.revoked", token.name());
    }

    private String when(Instant instant) {
        return DateTimes.format(instant, ViewerZone.get(), getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        nameColumn.setHeader(getTranslation("account.apiToken.column.name"));
        scopesColumn.setHeader(getTranslation("account.apiToken.column.scopes"));
        createdColumn.setHeader(getTranslation("account.apiToken.column.created"));
        expiresColumn.setHeader(getTranslation("account.apiToken.column.expires"));
        lastUsedColumn.setHeader(getTranslation("account.apiToken.column.lastUsed"));
        statusColumn.setHeader(getTranslation("account.apiToken.column.status"));
        setEmptyStateText(getTranslation("account.apiToken.empty"));
        getDataProvider().refreshAll();
    }
}
