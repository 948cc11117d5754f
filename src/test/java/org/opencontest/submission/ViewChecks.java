package org.opencontest.submission;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.opencontest.shared.error.UserFacingException;

/** What the submission views' Karibu tests look up and check. */
final class ViewChecks {

    private ViewChecks() {
    }

    /** The refusal the session's error handler would show, in the UI's language. */
    static void refused(Runnable action, String shown) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class, refusal ->
                assertThat(UI.getCurrent().getTranslation(refusal.getMessageKey(), refusal.getArguments()))
                        .isEqualTo(shown));
    }

    static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    static <T extends Component> T id(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }
}
