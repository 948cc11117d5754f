package org.opencontest.account.ui;

import java.util.EnumSet;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.opencontest.account.internal.AccountField;
import org.opencontest.account.internal.ApiTokenRules;
import org.opencontest.account.internal.ApiTokens;
import org.opencontest.account.internal.CreatedApiToken;
import org.opencontest.account.internal.InvalidInputException;
import org.opencontest.account.internal.NewApiToken;
import org.opencontest.shared.security.ApiScope;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * The profile's "API tokens" section: create a named, scoped token with a validity, see its secret once (with a
 * copy button), list and revoke one's tokens.
 */
class ApiTokensSection extends VerticalLayout implements LocaleChangeObserver {

    private final transient ApiTokens tokens;
    private final H3 title = new H3();
    private final Span intro = new Span();
    private final Anchor reference = new Anchor("swagger-ui.html", "");
    private final TextField name = new TextField();
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    private final Select<Integer> validity = new Select<>();
    private final Button create = new Button();
    private final Paragraph secretWarning = new Paragraph();
    private final TextField secret = new TextField();
    private final Button copy = new Button(VaadinIcon.COPY.create());
    private final Button done = new Button();
    private final VerticalLayout secretPanel;
    private final ApiTokenGrid list;
    private final FieldErrors errors = new FieldErrors(this);

    ApiTokensSection(ApiTokens tokens) {
        this.tokens = tokens;
        setPadding(false);
        reference.setRouterIgnore(true);
        reference.setId("api-token-reference");
        name.setId("api-token-name");
        name.setMaxLength(ApiTokenRules.MAX_NAME);
        name.setManualValidation(true);
        scopes.setId("api-token-scopes");
        scopes.setItems(ApiScope.values());
        scopes.setValue(EnumSet.of(ApiScope.CONTESTS_READ, ApiScope.SUBMISSIONS_READ));
        validity.setId("api-token-validity");
        validity.setItems(ApiTokenRules.OFFERED_VALID_DAYS);
        validity.setValue(ApiTokenRules.DEFAULT_VALID_DAYS);
        validity.setManualValidation(true);
        create.setId("api-token-create");
        SingleSubmit.onClick(create, this::createToken);
        errors.bind(AccountField.TOKEN_NAME, name).bind(AccountField.TOKEN_SCOPES, scopes)
                .bind(AccountField.TOKEN_VALIDITY, validity);

        secret.setId("api-token-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        copy.setId("api-token-copy");
        copy.addClickListener(click -> copySecret());
        done.setId("api-token-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> hideSecret());
        HorizontalLayout secretRow = new HorizontalLayout(secret, copy);
        secretRow.setWidthFull();
        secretRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        secretPanel = new VerticalLayout(secretWarning, secretRow, done);
        secretPanel.setId("api-token-secret-panel");
        secretPanel.addClassName("api-token-secret");
        secretPanel.getStyle().set("border", "1px solid var(--lumo-success-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-success-color-10pct)");
        secretPanel.setVisible(false);

        list = new ApiTokenGrid("api-token-grid", tokens::revoke);
        FormLayout form = AccountChoices.form();
        form.addFormRow(name, validity);
        form.addFormRow(scopes);
        add(title, new Paragraph(intro, new Text(" "), reference), form, create,
                secretPanel, list);
        list.show(tokens.myTokens());
    }

    private void createToken() {
        CreatedApiToken created;
        try {
            created = tokens.create(new NewApiToken(name.getValue(), scopes.getValue(), validity.getValue()));
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
            return;
        }
        errors.clear();
        name.clear();
        secret.setValue(created.secret());
        secretPanel.setVisible(true);
        list.show(tokens.myTokens());
        Notices.success("account.apiToken.created", created.token().name());
    }

    private void copySecret() {
        secret.getElement().executeJs("return navigator.clipboard.writeText($0)", secret.getValue())
                .then(copied -> Notices.success("account.apiToken.secret.copied"),
                        failed -> Notices.error("account.apiToken.secret.copyFailed"));
    }

    /** The secret leaves the page for good: it exists nowhere else. */
    private void hideSecret() {
        secret.clear();
        secretPanel.setVisible(false);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("account.apiToken.title"));
        intro.setText(getTranslation("account.apiToken.intro"));
        reference.setText(getTranslation("account.apiToken.reference"));
        name.setLabel(getTranslation("account.apiToken.field.name"));
        name.setHelperText(getTranslation("account.apiToken.field.name.helper"));
        scopes.setLabel(getTranslation("account.apiToken.field.scopes"));
        scopes.setItemLabelGenerator(scope -> getTranslation("account.apiToken.scope." + scope.name()));
        validity.setLabel(getTranslation("account.apiToken.field.validity"));
        validity.setItemLabelGenerator(days -> getTranslation("account.apiToken.validity.days", days));
        create.setText(getTranslation("account.apiToken.create"));
        secretWarning.setText(getTranslation("account.apiToken.secret.warning"));
        secret.setLabel(getTranslation("account.apiToken.secret.label"));
        copy.setAriaLabel(getTranslation("account.apiToken.secret.copy"));
        copy.setTooltipText(getTranslation("account.apiToken.secret.copy"));
        done.setText(getTranslation("account.apiToken.secret.done"));
        errors.render();
    }
}
