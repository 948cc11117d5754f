package org.opencontest.partnering.ui;

import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.partnering.DemoDays;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.SingleSubmit;

/** The demo days the viewer scheduled or is invited to; incubators and organisers schedule new ones here. */
@Route("demo-days")
@RolesAllowed({Roles.PARTNER, Roles.PARTICIPANT, Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
@Menu(title = "nav.partners.demoDays", order = 62, icon = "vaadin:calendar-clock")
public class DemoDaysView extends LoadedView implements HasDynamicTitle {

    private final transient DemoDays demoDays;
    private List<DemoDays.Summary> days;

    public DemoDaysView(DemoDays demoDays) {
        this.demoDays = demoDays;
        setId("demo-days");
        addClassName("page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        days = demoDays.mine();
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("partnering.demoDay.list")));
        if (days.isEmpty()) {
            add(new Paragraph(getTranslation("partnering.demoDay.none")));
        }
        UnorderedList list = new UnorderedList();
        list.setId("demo-day-list");
        for (DemoDays.Summary day : days) {
            list.add(new ListItem(new Anchor("demo-days/" + day.id(), day.title() + " · " + day.location())));
        }
        add(list);
        if (CurrentUser.hasRole(Role.INCUBATOR) || CurrentUser.hasRole(Role.ORGANISER) || CurrentUser.isAdmin()) {
            add(createForm());
        }
    }

    private Div createForm() {
        TextField title = new TextField(getTranslation("partnering.demoDay.name"));
        title.setMaxLength(200);
        title.setId("demo-day-title");
        TextField location = new TextField(getTranslation("partnering.demoDay.location"));
        location.setMaxLength(300);
        location.setId("demo-day-location");
        ComboBox<String> zone = new ComboBox<>(getTranslation("partnering.demoDay.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue("Asia/Shanghai");
        zone.setId("demo-day-zone");
        Button create = new Button(getTranslation("partnering.demoDay.create"));
        create.setId("demo-day-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(create, () -> {
            DemoDays.Summary day = demoDays.create(title.getValue(), location.getValue(),
                    zone.getValue() == null ? null : ZoneId.of(zone.getValue()));
            UI.getCurrent().navigate("demo-days/" + day.id());
        });
        Div box = new Div(new H3(getTranslation("partnering.demoDay.new")), title, location, zone, create);
        box.addClassName("card");
        box.setId("demo-day-new");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partnering.demoDay.list");
    }
}
