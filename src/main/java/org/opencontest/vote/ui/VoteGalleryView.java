package org.opencontest.vote.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.contest.ContestPage;
import org.opencontest.contest.ContestService;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;
import org.opencontest.vote.internal.Gallery;
import org.opencontest.vote.internal.GalleryEntry;
import org.opencontest.vote.internal.PublishedResult;
import org.opencontest.vote.internal.Voting;

/**
 * The voting gallery of a contest: each open vote's entries in the voter's own order, as cards that wrap down to one
 * column on a phone, with a vote button; visitors are asked to sign in. Published results follow.
 */
@Route("contests/:slug/vote")
@AnonymousAllowed
public class VoteGalleryView extends LoadedView implements HasDynamicTitle {

    private final transient Voting voting;
    private final transient ContestService contests;
    private ContestPage contest;

    public VoteGalleryView(Voting voting, ContestService contests) {
        this.voting = voting;
        this.contests = contests;
        setId("vote-gallery");
        addClassName("page");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        contest = contests.page(event.getRouteParameters().get("slug").orElse(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vote.gallery.title", contest == null ? "" : VoteUi.text(contest.title()));
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("vote.gallery.title", VoteUi.text(contest.title()))),
                new Paragraph(new Anchor("contests/" + contest.slug(), getTranslation("vote.gallery.toContest"))));
        List<Gallery> galleries = voting.galleries(contest.id());
        if (galleries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("vote.gallery.none"));
            none.setId("vote-gallery-none");
            add(none);
        }
        voting.plannedPolls(contest.id()).forEach(poll -> add(VoteUi.opensOn(contest, poll)));
        for (Gallery gallery : galleries) {
            add(gallery(gallery));
        }
        for (PublishedResult result : voting.published(contest.id())) {
            add(VoteResults.table(contest, result));
        }
    }

    private Div gallery(Gallery gallery) {
        Div section = new Div(new H2(VoteUi.describe(contest, gallery.poll())));
        section.setId("vote-gallery-" + gallery.poll().id());
        section.add(new Paragraph(getTranslation("vote.gallery.help", gallery.poll().votesPerVoter())));
        if (!gallery.signedIn()) {
            Paragraph signIn = new Paragraph(new Anchor("login", getTranslation("vote.gallery.signIn")));
            signIn.setId("vote-sign-in");
            section.add(signIn);
        }
        Div cards = new Div();
        cards.addClassName("vote-cards");
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        for (GalleryEntry entry : gallery.entries()) {
            cards.add(card(entry, gallery.signedIn()));
        }
        section.add(cards);
        return section;
    }

    private Div card(GalleryEntry entry, boolean signedIn) {
        Div card = new Div();
        card.setId("vote-entry-" + entry.id());
        card.addClassName("vote-card");
        card.getStyle().set("flex", "1 1 16em").set("max-width", "100%").set("box-sizing", "border-box")
                .set("padding", "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        card.add(new H3(VoteUi.text(entry.title())), new Paragraph(entry.teamName()));
        if (entry.mine()) {
            Span mine = new Span(getTranslation("vote.gallery.yourVote"));
            mine.setId("vote-entry-" + entry.id() + "-mine");
            mine.getElement().getThemeList().add("badge success");
            card.add(mine);
        } else if (signedIn) {
            Button vote = new Button(getTranslation("vote.gallery.vote"));
            vote.setId("vote-entry-" + entry.id() + "-vote");
            vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            SingleSubmit.onClick(vote, () -> cast(entry));
            card.add(vote);
        }
        return card;
    }

    private void cast(GalleryEntry entry) {
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            voting.cast(entry.id(), request == null ? null : request.getRemoteAddr());
            Notices.success("vote.gallery.thanks");
            refresh();
        } catch (UserFacingException refusal) {
            Notices.error(refusal);
        }
    }
}
