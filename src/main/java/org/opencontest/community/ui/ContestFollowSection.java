package org.opencontest.community.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.opencontest.community.internal.ContestFollowers;
import org.opencontest.community.internal.FollowState;
import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestPageSection;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.springframework.core.annotation.Order;

/**
 * The contest page's follow button, for signed-in people outside the contest's teams: following brings its
 * announcements and official answers. Left out for visitors who are not signed in and for team members (who hear
 * everything already).
 */
@org.springframework.stereotype.Component
@Order(-1)
class ContestFollowSection implements ContestPageSection {

    private final ContestFollowers followers;

    ContestFollowSection(ContestFollowers followers) {
        this.followers = followers;
    }

    @Override
    public Optional<Component> render(ContestPage contest) {
        FollowState state = followers.state(contest.id());
        if (state == FollowState.SIGNED_OUT || state == FollowState.IN_TEAM) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Paragraph help = new Paragraph(ui.getTranslation("community.follow.help"));
        help.addClassName("muted");
        Button button = new Button();
        button.setId("contest-follow");
        show(button, state);
        SingleSubmit.onClick(button, () -> toggle(contest.id(), button));
        Div section = new Div(button, help);
        section.setId("contest-follow-section");
        section.addClassName("contest-section");
        return Optional.of(section);
    }

    private void toggle(long contestId, Button button) {
        boolean following = button.getElement().getAttribute("data-following") != null;
        try {
            FollowState now = following ? followers.unfollow(contestId) : followers.follow(contestId);
            show(button, now);
            Notices.success(now == FollowState.FOLLOWING ? "community.follow.followed"
                    : "community.follow.unfollowed");
        } catch (UserFacingException refused) {
            Notices.error(refused);
        }
    }

    private static void show(Button button, FollowState state) {
        boolean following = state == FollowState.FOLLOWING;
        button.setText(UI.getCurrent().getTranslation(following ? "community.follow.unfollow"
                : "community.follow.follow"));
        button.setIcon((following ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL).create());
        if (following) {
            button.getElement().setAttribute("data-following", "");
        } else {
            button.getElement().removeAttribute("data-following");
        }
    }
}
