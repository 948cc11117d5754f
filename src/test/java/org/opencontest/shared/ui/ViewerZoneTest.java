package org.opencontest.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.opencontest.support.Actors.as;
import static org.opencontest.support.Actors.person;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletRequest;

import org.junit.jupiter.api.Test;
import org.opencontest.contest.ContestEditState;
import org.opencontest.contest.ContestFixtures;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.i18n.SupportedLocales;
import org.opencontest.shared.security.Role;
import org.opencontest.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The first page a visitor opens already shows times in the browser's zone (the shell's cookie). */
class ViewerZoneTest extends KaribuTest {

    @Autowired
    ContestService contests;
    @Autowired
    Clock clock;

    @Test
    void anAnonymousFirstVisitSeesTheBrowsersZone() {
        String slug = publishedContest();
        browserSends("America/New_York");
        navigate("contests/" + slug);
        assertThat(text("contest-timeline")).contains("in your time zone (America/New_York)", "(America/New_York)")
                .doesNotContain("(UTC)");
    }

    @Test
    void theFirstVisitInChineseToo() {
        String slug = publishedContest();
        browserSends("Europe%2FBerlin");
        useLocale(SupportedLocales.CHINESE);
        navigate("contests/" + slug);
        assertThat(text("contest-timeline")).contains("(Europe/Berlin)").doesNotContain("(UTC)");
    }

    @Test
    void aSignedInViewerKeepsTheProfileZone() {
        String slug = publishedContest();
        browserSends("America/New_York");
        signInAs(person(Role.PARTICIPANT, ZoneId.of("Europe/Berlin")));
        navigate("contests/" + slug);
        assertThat(text("contest-timeline")).contains("(Europe/Berlin)").doesNotContain("America/New_York");
    }

    @Test
    void aZoneThatDoesNotExistLeavesUtc() {
        browserSends("Mars/Olympus");
        assertThat(ViewerZone.get()).isEqualTo(ZoneId.of("UTC"));
    }

    private String publishedContest() {
        String slug = ContestFixtures.uniqueSlug("zone");
        as(person(Role.ORGANISER), () -> {
            ContestEditState draft = contests.create(ContestFixtures.input(slug, clock.instant()));
            return contests.publish(draft.id(), draft.version());
        });
        return slug;
    }

    private static void browserSends(String zone) {
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).addCookie(new Cookie(ViewerZone.COOKIE, zone));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
