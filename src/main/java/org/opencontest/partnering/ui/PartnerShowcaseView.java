package org.opencontest.partnering.ui;

import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.opencontest.incubation.Kpis;
import org.opencontest.incubation.ShowcaseProjects;
import org.opencontest.incubation.Stage;
import org.opencontest.partnering.Introductions;
import org.opencontest.shared.security.CurrentUser;
import org.opencontest.shared.security.Role;
import org.opencontest.shared.security.Roles;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * The partner showcase: incubated projects whose teams opted in, filtered by theme, stage and city, paged lazily
 * from the database. A partner asks for an introduction from a row; the team's contacts are never shown here.
 */
@Route("partners/showcase")
@RolesAllowed({Roles.PARTNER, Roles.INCUBATOR, Roles.ORGANISER, Roles.ADMIN})
@Menu(title = "nav.partners.showcase", order = 16, icon = "vaadin:handshake")
public class PartnerShowcaseView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final transient ShowcaseProjects showcase;
    private final transient Introductions introductions;
    private final Grid<ShowcaseProjects.Entry> grid = new Grid<>();
    private final TextField theme = new TextField();
    private final Select<Stage> stage = new Select<>();
    private final ComboBox<String> city = new ComboBox<>();

    public PartnerShowcaseView(ShowcaseProjects showcase, Introductions introductions) {
        this.showcase = showcase;
        this.introductions = introductions;
        setId("partner-showcase");
        addClassName("page");
        theme.setId("filter-theme");
        theme.setClearButtonVisible(true);
        theme.setValueChangeMode(ValueChangeMode.LAZY);
        stage.setId("filter-stage");
        stage.setItems(Arrays.stream(Stage.values()).filter(s -> s != Stage.DISCONTINUED).toList());
        stage.setEmptySelectionAllowed(true);
        city.setId("filter-city");
        city.setClearButtonVisible(true);
        theme.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        stage.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        city.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("partner-showcase-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(query -> showcase.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, showcase.count(filter())));
    }

    private ShowcaseProjects.Filter filter() {
        return new ShowcaseProjects.Filter(theme.getValue(), stage.getValue(), city.getValue());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        theme.setLabel(getTranslation("partnering.showcase.theme"));
        stage.setLabel(getTranslation("partnering.showcase.stage"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("partnering.showcase.anyStage")
                : getTranslation(s.messageKey()));
        city.setLabel(getTranslation("partnering.showcase.city"));
        city.setItems(showcase.cities());
        grid.removeAllColumns();
        grid.addComponentColumn(this::project).setHeader(getTranslation("partnering.showcase.project"))
                .setFlexGrow(2);
        grid.addColumn(entry -> getTranslation(entry.stage().messageKey()))
                .setHeader(getTranslation("partnering.showcase.stage")).setAutoWidth(true);
        grid.addColumn(entry -> entry.city() == null ? "–" : entry.city())
                .setHeader(getTranslation("partnering.showcase.city")).setAutoWidth(true);
        if (CurrentUser.hasRole(Role.PARTNER)) {
            grid.addComponentColumn(this::requestButton).setKey("ask").setAutoWidth(true);
        }
        Div filters = new Div(theme, stage, city);
        filters.addClassName("filter-bar");
        add(new H1(getTranslation("partnering.showcase.title")),
                new Paragraph(getTranslation("partnering.showcase.intro")), filters, grid);
        if (CurrentUser.hasRole(Role.PARTNER)) {
            add(new Anchor("partners/introductions", getTranslation("partnering.showcase.mine")));
        }
        grid.getDataProvider().refreshAll();
    }

    private Div project(ShowcaseProjects.Entry entry) {
        Div cell = new Div();
        Span title = new Span(PartnerUi.text(entry.title()));
        title.addClassName("strong");
        cell.add(new Div(title), new Div(getTranslation("partnering.showcase.team", entry.teamName(),
                PartnerUi.text(entry.theme()))));
        if (entry.summary() != null) {
            cell.add(new Div(entry.summary()));
        }
        if (entry.datasets() != null) {
            cell.add(new Div(getTranslation("partnering.showcase.datasets", entry.datasets())));
        }
        Kpis kpis = entry.kpis();
        if (kpis != null) {
            cell.add(new Div(getTranslation("partnering.showcase.kpis", number(kpis.employees()),
                    number(kpis.activeUsers()), kpis.adoption() == null ? "–"
                            : getTranslation("incubation.adoption." + kpis.adoption()))));
        }
        cell.setId("showcase-entry-" + entry.projectId());
        return cell;
    }

    private static String number(Number value) {
        return value == null ? "–" : java.text.NumberFormat.getNumberInstance(PartnerUi.locale()).format(value);
    }

    private Button requestButton(ShowcaseProjects.Entry entry) {
        Button ask = new Button(getTranslation("partnering.introduction.ask"), click -> openRequest(entry));
        ask.setId("ask-" + entry.projectId());
        return ask;
    }

    private void openRequest(ShowcaseProjects.Entry entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("partnering.introduction.askTitle", PartnerUi.text(entry.title())));
        TextArea message = new TextArea(getTranslation("partnering.introduction.message"));
        message.setHelperText(getTranslation("partnering.introduction.messageHelp"));
        message.setMaxLength(2000);
        message.setWidthFull();
        message.setId("introduction-message");
        Button send = new Button(getTranslation("partnering.introduction.send"));
        send.setId("introduction-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(send, () -> {
            introductions.request(entry.projectId(), message.getValue());
            Notices.success("partnering.introduction.sent");
            dialog.close();
        });
        Button cancel = new Button(getTranslation("partnering.cancel"), click -> dialog.close());
        dialog.add(message);
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partnering.showcase.title");
    }
}
