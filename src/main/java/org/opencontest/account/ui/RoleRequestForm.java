package org.opencontest.account.ui;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import org.opencontest.account.internal.AccountRules;
import org.opencontest.account.internal.RoleRequests;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/** Asks for a role: which one, for which organisation and why. On the profile and on the "role needed" page. */
class RoleRequestForm extends FormLayout implements LocaleChangeObserver {

    private final transient RoleRequests requests;
    private final transient Runnable onSent;
    private final Select<Role> role = new Select<>();
    private final TextField organisation = new TextField();
    private final TextArea reason = new TextArea();
    private final Button send = new Button();

    /**
     * @param offered      the roles to choose from; the first is preselected
     * @param organisation the organisation to start with (the profile's), or null
     */
    RoleRequestForm(RoleRequests requests, Set<Role> offered, String organisation, Runnable onSent) {
        this.requests = requests;
        this.onSent = onSent;
        role.setId("role-request-role");
        role.setItems(offered);
        role.setValue(offered.iterator().next());
        this.organisation.setId("role-request-organisation");
        this.organisation.setMaxLength(AccountRules.MAX_ORGANISATION);
        this.organisation.setValue(organisation == null ? "" : organisation);
        reason.setId("role-request-reason");
        reason.setMaxLength(1000);
        send.setId("role-request-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(send, this::send);
        setMaxWidth("40em");
        addFormRow(role, this.organisation);
        addFormRow(reason);
        addFormRow(send);
    }

    private void send() {
        requests.request(role.getValue(), organisation.getValue(), reason.getValue());
        reason.clear();
        Notices.success("account.roleRequest.sent", getTranslation("account.role." + role.getValue().name()));
        onSent.run();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        role.setLabel(getTranslation("account.roleRequest.role"));
        role.setItemLabelGenerator(r -> getTranslation("account.role." + r.name()));
        organisation.setLabel(getTranslation("account.field.organisation"));
        reason.setLabel(getTranslation("account.roleRequest.reason"));
        reason.setHelperText(getTranslation("account.roleRequest.reason.helper"));
        send.setText(getTranslation("account.roleRequest.send"));
    }
}
