package org.opencontest.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The demo-mode banner follows {@code opencontest.demo-data}, switched on here for one test; the layout reads it when
 * it is built, so that test starts a fresh UI after switching.
 */
class DemoBannerTest extends KaribuTest {

    private static final String SWITCH = "demo-banner-test";

    @Autowired ConfigurableEnvironment environment;
    @Autowired ApplicationContext context;

    @AfterEach
    void demoDataOff() {
        environment.getPropertySources().remove(SWITCH);
    }

    @Test
    void everyPageSaysSoWhileDemoDataIsLoaded() {
        environment.getPropertySources().addFirst(new MapPropertySource(SWITCH, Map.of("opencontest.demo-data", "true")));
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.opencontest"), context,
                UI::new));
        navigate("login");

        Div banner = _get(Div.class, spec -> spec.withId("demo-banner"));
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("published passwords").contains("Never make this instance reachable");
        navigate("signup");
        assertThat(_get(Div.class, spec -> spec.withId("demo-banner")).isVisible()).isTrue();

        useLocale(SupportedLocales.CHINESE);
        assertThat(banner.getText()).startsWith("演示模式");
    }

    @Test
    void withoutDemoDataThereIsNoBanner() {
        navigate("login");
        _assertNone(Div.class, spec -> spec.withId("demo-banner"));
    }
}
