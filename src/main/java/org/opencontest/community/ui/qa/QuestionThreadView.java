package org.opencontest.community.ui.qa;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.community.internal.qa.PostRow;
import org.opencontest.community.internal.qa.QuestionBoard;
import org.opencontest.community.internal.qa.QuestionModeration;
import org.opencontest.community.internal.qa.ThreadDetail;
import org.opencontest.shared.text.MarkdownRenderer;
import org.opencontest.shared.ui.ConfirmAction;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.MarkdownPreview;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * One Q&A thread ({@code contests/<slug>/questions/<id>}): the opening question, then the replies oldest first,
 * loaded page by page as the list scrolls, with official answers marked; following, reporting and replying for
 * signed-in users; for the contest's organisers also hide/show, official answer, lock and pin.
 */
@Route("contests/:slug/questions/:threadId")
@AnonymousAllowed
public class QuestionThreadView extends LoadedView implements HasDynamicTitle {

    private final transient QuestionBoard board;
    private final transient QuestionModeration moderation;
    private final transient MarkdownRenderer markdown;
    private ThreadDetail thread;

    private final Grid<PostRow> posts = new Grid<>();
    private final TextArea reply = new TextArea();

    public QuestionThreadView(QuestionBoard board, QuestionModeration moderation, MarkdownRenderer markdown) {
        this.board = board;
        this.moderation = moderation;
        this.markdown = markdown;
        setId("question-thread");
        addClassName("page");
        posts.setId("qa-posts");
        posts.setHeight("65vh");
        posts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_ROW_BORDERS);
        posts.addComponentColumn(this::post).setKey("post");
        posts.setItems(query -> board.posts(thread.id(), query.getOffset(), query.getLimit()).stream(),
                query -> board.countPosts(thread.id()));
        reply.setId("qa-reply-body");
        reply.setWidthFull();
        reply.setMinHeight("6em");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        long threadId = idParameter(event, "threadId");
        thread = board.thread(event.getRouteParameters().get("slug").orElse(""), threadId);
    }

    @Override
    protected void render() {
        H1 title = new H1(thread.title());
        title.setId("qa-thread-title");
        add(title);
        HorizontalLayout badges = new HorizontalLayout();
        if (thread.pinned()) {
            badges.add(QaParts.badge("community.qa.pinned", "badge contrast"));
        }
        if (thread.locked()) {
            badges.add(QaParts.badge("community.qa.locked", "badge"));
        }
        add(badges);
        if (thread.hiddenReason() != null) {
            Paragraph hidden = new Paragraph(getTranslation("community.qa.thread.hidden", thread.hiddenReason()));
            hidden.setId("qa-thread-hidden");
            add(hidden);
        }
        Anchor back = new Anchor(QaParts.boardLink(thread.contestSlug()), getTranslation("community.qa.toBoard"));
        back.setId("qa-to-board");
        HorizontalLayout actions = new HorizontalLayout(back);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (thread.signedIn()) {
            actions.add(QaParts.button("qa-follow",
                    thread.following() ? "community.qa.unfollow" : "community.qa.follow",
                    () -> act(() -> board.follow(thread.id(), !thread.following()),
                            thread.following() ? "community.qa.unfollowed" : "community.qa.followed")));
        }
        if (thread.moderator()) {
            actions.add(QaParts.button("qa-lock", thread.locked() ? "community.qa.unlock" : "community.qa.lock",
                    () -> act(() -> moderation.lock(thread.id(), thread.version(), !thread.locked()),
                            thread.locked() ? "community.qa.unlocked" : "community.qa.lockedDone")),
                    QaParts.button("qa-pin", thread.pinned() ? "community.qa.unpin" : "community.qa.pin",
                            () -> act(() -> moderation.pin(thread.id(), thread.version(), !thread.pinned()),
                                    thread.pinned() ? "community.qa.unpinned" : "community.qa.pinnedDone")));
        }
        add(actions, posts, replyForm());
        posts.getDataProvider().refreshAll();
    }

    /** One post: author and time, badges, the sanitised body, and what the viewer may do with it. */
    private Component post(PostRow row) {
        Div card = new Div();
        card.setId("qa-post-" + row.id());
        card.addClassNames("card", "qa-post");
        Span by = new Span(getTranslation("community.qa.post.by", QaParts.author(row.authorName()),
                QaParts.when(row.createdAt())));
        by.addClassName("muted");
        card.add(by);
        if (row.editedAt() != null) {
            Span edited = new Span(" · " + getTranslation("community.qa.post.edited", QaParts.when(row.editedAt())));
            edited.setId("qa-edited-" + row.id());
            edited.addClassName("muted");
            card.add(edited);
        }
        if (row.official()) {
            Span official = QaParts.badge("community.qa.official", "badge success");
            official.setId("qa-official-badge-" + row.id());
            card.add(official);
        }
        if (row.hidden()) {
            Paragraph hidden = new Paragraph(getTranslation("community.qa.post.hidden", row.hiddenReason()));
            hidden.setId("qa-hidden-" + row.id());
            card.add(hidden);
        }
        card.add(QaParts.markdown(row.html()));
        HorizontalLayout actions = new HorizontalLayout();
        if (row.editable()) {
            actions.add(QaParts.button("qa-edit-" + row.id(), "community.qa.edit", () -> edit(row)));
        }
        if (thread.signedIn()) {
            actions.add(QaParts.button("qa-report-" + row.id(), "community.qa.report", () -> report(row)));
        }
        if (thread.moderator()) {
            if (!row.opening() && !row.hidden()) {
                actions.add(QaParts.button("qa-official-" + row.id(),
                        row.official() ? "community.qa.unmarkOfficial" : "community.qa.markOfficial",
                        () -> act(() -> moderation.markOfficial(row.id(), row.version(), !row.official()),
                                row.official() ? "community.qa.unmarkedOfficial" : "community.qa.markedOfficial")));
            }
            actions.add(row.hidden()
                    ? QaParts.button("qa-unhide-" + row.id(), "community.qa.unhide",
                            () -> act(() -> moderation.unhide(row.id(), row.version()), "community.qa.unhidden"))
                    : QaParts.button("qa-hide-" + row.id(), "community.qa.hide", () -> hide(row)));
        }
        card.add(actions);
        return card;
    }

    private Component replyForm() {
        Div form = new Div();
        form.setId("qa-reply");
        if (thread.locked()) {
            Paragraph locked = new Paragraph(getTranslation("community.qa.thread.locked"));
            locked.setId("qa-thread-locked");
            form.add(locked);
        }
        if (!thread.canReply()) {
            return form;
        }
        reply.setLabel(getTranslation("community.qa.reply.label"));
        reply.setHelperText(getTranslation("community.editor.bodyHint"));
        MarkdownPreview preview = new MarkdownPreview(markdown, reply);
        preview.setSummaryText(getTranslation("community.editor.preview"));
        Button send = new Button(getTranslation("community.qa.reply.submit"));
        send.setId("qa-reply-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(send, () -> act(() -> {
            board.reply(thread.id(), reply.getValue());
            reply.clear();
        }, "community.qa.reply.done"));
        form.add(reply, preview, send);
        return form;
    }

    private void edit(PostRow row) {
        TextArea text = new TextArea(getTranslation("community.qa.editDialog.label"));
        text.setId("qa-edit-body");
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setValue(row.markdown());
        new ConfirmAction("community.qa.editDialog",
                () -> act(() -> board.edit(row.id(), row.version(), text.getValue()), "community.qa.edited"))
                .with(text).ask();
    }

    private void hide(PostRow row) {
        QaParts.askReason("community.qa.hideDialog", "qa-hide-reason", "",
                reason -> act(() -> moderation.hide(row.id(), row.version(), reason), "community.qa.hidden.done"));
    }

    private void report(PostRow row) {
        QaParts.askReason("community.qa.reportDialog", "qa-report-reason", "",
                reason -> act(() -> board.report(row.id(), reason), "community.qa.reported"));
    }

    /** Runs a change and shows the thread again as it now is. */
    private void act(Runnable change, String doneKey) {
        QaParts.act(change, doneKey, () -> {
            thread = board.thread(thread.contestSlug(), thread.id());
            refresh();
        });
    }

    @Override
    public String getPageTitle() {
        return thread == null ? getTranslation("error.notFound.title") : thread.title();
    }
}
