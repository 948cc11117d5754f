package org.opencontest.account.ui;

import java.util.EnumSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.opencontest.account.internal.AccountAdministration;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.UserQuery;
import org.opencontest.account.internal.UserSummary;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.time.DateTimes;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.shared.ui.ViewerZone;

/** Administrators find users, set their roles and whether they may sign in, and revoke their API tokens. */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.admin.users", order = 1000, icon = "vaadin:users")
public class AdminUsersView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private final transient AccountAdministration administration;
    private final transient ApiTokens apiTokens;
    private final H1 title = new H1();
    private final TextField search = new TextField();
    private final Select<Role> roleFilter = new Select<>();
    private final Grid<UserSummary> grid = new Grid<>();
    private final Grid.Column<UserSummary> emailColumn;
    private final Grid.Column<UserSummary> nameColumn;
    private final Grid.Column<UserSummary> organisationColumn;
    private final Grid.Column<UserSummary> rolesColumn;
    private final Grid.Column<UserSummary> statusColumn;
    private final Grid.Column<UserSummary> createdColumn;
    private final Paragraph selectHint = new Paragraph();
    private final H3 selectedName = new H3();
    private final Paragraph selectedEmail = new Paragraph();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox enabled = new Checkbox();
    private final Button save = new Button();
    private final VerticalLayout editor = new VerticalLayout(selectedName, selectedEmail, roles, enabled, save);
    private final H3 tokensTitle = new H3();
    private final ApiTokenGrid tokens;
    private final VerticalLayout tokensPanel;
    private UserSummary selected;

    public AdminUsersView(AccountAdministration administration, ApiTokens apiTokens) {
        this.administration = administration;
        this.apiTokens = apiTokens;
        tokens = new ApiTokenGrid("admin-users-tokens", tokenId -> apiTokens.revokeOf(selected.id(), tokenId));
        tokensPanel = new VerticalLayout(tokensTitle, tokens);
        tokensPanel.setPadding(false);
        tokensPanel.setVisible(false);
        search.setId("admin-users-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        search.addValueChangeListener(change -> refresh());
        roleFilter.setId("admin-users-role-filter");
        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.addValueChangeListener(change -> refresh());

        grid.setId("admin-users-grid");
        emailColumn = grid.addColumn(UserSummary::email).setSortProperty("email").setAutoWidth(true);
        nameColumn = grid.addColumn(UserSummary::displayName).setSortProperty("displayName").setAutoWidth(true);
        organisationColumn = grid.addColumn(UserSummary::organisation).setAutoWidth(true);
        rolesColumn = grid.addColumn(user -> user.roles().stream().map(this::roleLabel)
                .collect(Collectors.joining(", ")));
        statusColumn = grid.addColumn(user -> getTranslation(user.enabled()
                ? "account.admin.status.enabled" : "account.admin.status.disabled"));
        createdColumn = grid.addColumn(user -> DateTimes.formatDate(user.createdAt(), ViewerZone.get(), getLocale()))
                .setSortProperty("createdAt");
        grid.setItemsPageable(pageable -> administration.find(query(), pageable).getContent())
                .setIdentifierProvider(UserSummary::id);
        grid.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));
        grid.setSizeFull();

        roles.setId("admin-users-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(this::roleLabel);
        enabled.setId("admin-users-enabled");
        save.setId("admin-users-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(save, this::saveAccess);
        editor.setPadding(false);
        editor.setVisible(false);

        HorizontalLayout filters = new HorizontalLayout(search, roleFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout side = new VerticalLayout(selectHint, editor);
        side.setWidth("22em");
        side.setPadding(false);
        HorizontalLayout content = new HorizontalLayout(grid, side);
        content.setWidthFull();
        content.setFlexGrow(1, grid);
        content.setFlexShrink(0, side);
        setSizeFull();
        add(title, filters, content, tokensPanel);
        // the user grid takes the height the selected user's tokens leave
        expand(content);
    }

    private UserQuery query() {
        return new UserQuery(search.getValue(), roleFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void select(UserSummary user) {
        selected = user;
        selectHint.setVisible(user == null);
        editor.setVisible(user != null);
        tokensPanel.setVisible(user != null);
        if (user != null) {
            tokens.show(apiTokens.tokensOf(user.id()));
            selectedName.setText(user.displayName());
            selectedEmail.setText(user.email());
            roles.setValue(user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
            enabled.setValue(user.enabled());
        }
    }

    private void saveAccess() {
        UserSummary saved = administration.updateAccess(selected.id(), selected.version(), roles.getValue(),
                enabled.getValue());
        grid.getDataProvider().refreshItem(saved);
        selected = saved;
        Notices.success("account.admin.saved", saved.email());
    }

    private String roleLabel(Role role) {
        return getTranslation("account.role." + role.name());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("account.admin.title"));
        search.setPlaceholder(getTranslation("account.admin.search"));
        search.setAriaLabel(getTranslation("account.admin.search"));
        roleFilter.setLabel(null);
        roleFilter.setEmptySelectionCaption(getTranslation("account.admin.allRoles"));
        roleFilter.setItemLabelGenerator(role -> role == null ? getTranslation("account.admin.allRoles")
                : roleLabel(role));
        roleFilter.setAriaLabel(getTranslation("account.admin.roleFilter"));
        emailColumn.setHeader(getTranslation("account.field.email"));
        nameColumn.setHeader(getTranslation("account.field.displayName"));
        organisationColumn.setHeader(getTranslation("account.admin.column.organisation"));
        rolesColumn.setHeader(getTranslation("account.admin.roles"));
        statusColumn.setHeader(getTranslation("account.admin.column.status"));
        createdColumn.setHeader(getTranslation("account.admin.column.created"));
        selectHint.setText(getTranslation("account.admin.selectHint"));
        roles.setLabel(getTranslation("account.admin.roles"));
        roles.setItemLabelGenerator(this::roleLabel);
        enabled.setLabel(getTranslation("account.admin.enabled"));
        save.setText(getTranslation("account.admin.save"));
        tokensTitle.setText(getTranslation("account.apiToken.admin.title"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.admin.title");
    }
}
