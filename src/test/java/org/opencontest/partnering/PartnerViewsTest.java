package org.opencontest.partnering;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.opencontest.account.AccountService;
import org.opencontest.account.SignUpRequest;
import org.opencontest.account.internal.AccountAdministration;
import org.opencontest.incubation.IncubationFixtures;
import org.opencontest.incubation.IncubationFixtures.Setup;
import org.opencontest.partnering.DemoDays;
import org.opencontest.partnering.PartnerKind;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.AppPrincipal;
import org.opencontest.shared.security.Role;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The partnering views driven server-side: the team's opt-in, the showcase, introductions and demo days. */
class PartnerViewsTest extends KaribuTest {

    @Autowired
    IncubationFixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    DemoDays demoDays;

    @Test
    void aTeamOptsInAPartnerAsksForAnIntroductionAndTheTeamAcceptsSharingContacts() {
        Setup s = fixtures.setUp("Partner view " + UUID.randomUUID().toString().substring(0, 6),
                fixtures.today().minusMonths(1), true);
        String city = "Zunyi-" + UUID.randomUUID().toString().substring(0, 6);
        signInAs(s.entry().leader());
        navigate("incubation/projects/" + s.projectId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("partners-status")).getText())
                .isEqualTo("Not shown to partners.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("partners-show")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("partners-city")), city);
        _setValue(_get(TextField.class, spec -> spec.withId("partners-datasets")), "<b>Bus GPS</b> 2025");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("partners-save"))))
                .hasMessageStartingWith("text.error.markup");
        _setValue(_get(TextField.class, spec -> spec.withId("partners-datasets")), "Bus GPS 2025");
        _click(_get(Button.class, spec -> spec.withId("partners-save")));
        expectNotifications("Your partner listing is saved.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("partners-status")).getText()).contains(city);

        AppPrincipal partner = partner();
        signInAs(partner);
        navigate("partners/showcase");
        @SuppressWarnings("unchecked")
        ComboBox<String> cities = _get(ComboBox.class, spec -> spec.withId("filter-city"));
        _setValue(cities, city);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("partner-showcase-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        _click((Button) _getCellComponent(grid, 0, "ask"));
        _setValue(_get(TextArea.class, spec -> spec.withId("introduction-message")), "We fund mobility.");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("introduction-send"))))
                .hasMessageStartingWith("partnering.introduction.error.profile");
        _get(Dialog.class).close();

        navigate("partners/introductions");
        @SuppressWarnings("unchecked")
        Select<PartnerKind> kind = _get(Select.class, spec -> spec.withId("profile-kind"));
        _setValue(kind, PartnerKind.GOVERNMENT);
        _setValue(_get(TextField.class, spec -> spec.withId("profile-organisation")), "Guiyang Transport Bureau");
        _setValue(_get(TextArea.class, spec -> spec.withId("profile-interests")), "<i>Bus</i> punctuality");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("profile-save"))))
                .hasMessageStartingWith("text.error.markup");
        _setValue(_get(TextArea.class, spec -> spec.withId("profile-interests")), "Bus punctuality");
        clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        expectNotifications("Your profile is saved.");

        navigate("partners/showcase");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-city")), city);
        @SuppressWarnings("unchecked")
        Grid<Object> again = _get(Grid.class, spec -> spec.withId("partner-showcase-grid"));
        _click((Button) _getCellComponent(again, 0, "ask"));
        _setValue(_get(TextArea.class, spec -> spec.withId("introduction-message")), "<b>We</b> fund mobility.");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("introduction-send"))))
                .hasMessageStartingWith("text.error.markup");
        _setValue(_get(TextArea.class, spec -> spec.withId("introduction-message")), "We fund bus & metro <3 apps.");
        clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("introduction-send")));
        expectNotifications("Your request was sent to the team.");

        signInAs(s.entry().leader());
        navigate("incubation/introductions");
        Paragraph message = _find(Paragraph.class).stream()
                .filter(p -> p.getId().orElse("").startsWith("introduction-message-")).findFirst().orElseThrow();
        assertThat(message.getText()).as("shown as text").isEqualTo("We fund bus & metro <3 apps.");
        String id = message.getId().orElseThrow().substring("introduction-message-".length());
        clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("accept-" + id)));
        expectNotifications("Accepted: you and the partner can now write to each other.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("partner-contact-" + id)).getText())
                .contains(partner.email());

        signInAs(partner);
        navigate("partners/introductions");
        useLocale(SupportedLocales.CHINESE);
        assertThat(_get(H1.class).getText()).isEqualTo("我的对接申请");
        assertThat(_get(Paragraph.class, spec -> spec.withId("team-contact-" + id)).getText())
                .contains(s.entry().leader().email()).startsWith("联系人");
    }

    @Test
    void anIncubatorSchedulesADemoDayAndStrangersGetNotFound() {
        Setup s = fixtures.setUp("Demo view " + UUID.randomUUID().toString().substring(0, 6),
                fixtures.today().minusMonths(1), true);
        signInAs(s.incubator());
        navigate("demo-days");
        _setValue(_get(TextField.class, spec -> spec.withId("demo-day-title")), "Shanghai Demo Day");
        _setValue(_get(TextField.class, spec -> spec.withId("demo-day-location")), "Zhangjiang Hall");
        _click(_get(Button.class, spec -> spec.withId("demo-day-create")));
        assertThat(_get(H1.class, spec -> spec.withId("demo-day-name")).getText()).isEqualTo("Shanghai Demo Day");
        DemoDays.Summary day = as(s.incubator(), demoDays::mine).get(0);
        assertThat(day.title()).isEqualTo("Shanghai Demo Day");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("slot-add"))))
                .hasMessageStartingWith("partnering.demoDay.error.slot");

        signInAs(partner());
        navigate("demo-days/" + day.id());
        assertThat(_find(H1.class, spec -> spec.withId("demo-day-name"))).isEmpty();
    }

    private AppPrincipal partner() {
        String email = "partner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        long id = accounts.signUp(new SignUpRequest(email, "Li Partner", "Guiyang Transport Bureau",
                "river-levels-2027", "river-levels-2027", Locale.ENGLISH, zone));
        as(person(Role.ADMIN), () -> administration.updateAccess(id, administration.get(id).version(),
                EnumSet.of(Role.PARTNER), true));
        return new AppPrincipal(id, email, "Li Partner", "", EnumSet.of(Role.PARTNER), Locale.ENGLISH, zone, true,
                false);
    }
}
