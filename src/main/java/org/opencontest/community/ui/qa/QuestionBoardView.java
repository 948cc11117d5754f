package org.opencontest.community.ui.qa;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.opencontest.community.internal.qa.BoardHeader;
import org.opencontest.community.internal.qa.FaqEntry;
import org.opencontest.community.internal.qa.QuestionBoard;
import org.opencontest.community.internal.qa.ThreadRow;
import org.opencontest.shared.error.UserFacingException;
import org.opencontest.shared.text.MarkdownRenderer;
import org.opencontest.shared.ui.LoadedView;
import org.opencontest.shared.ui.MarkdownPreview;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * A contest's Q&A board ({@code contests/<slug>/questions}, linked from the contest page): the threads, pinned first
 * then by latest post, searchable, loaded page by page as the grid scrolls; the FAQ of official answers in a second
 * tab; and, for signed-in users, the form to ask a question. The contest's organisers also see hidden threads
 * (marked) and a link to the report queue.
 */
@Route("contests/:slug/questions")
@AnonymousAllowed
public class QuestionBoardView extends LoadedView implements HasDynamicTitle {

    private final transient QuestionBoard board;
    private final transient MarkdownRenderer markdown;
    private BoardHeader header;

    private final TextField search = new TextField();
    private final Grid<ThreadRow> threads = new Grid<>();
    private final Grid<FaqEntry> faq = new Grid<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();

    public QuestionBoardView(QuestionBoard board, MarkdownRenderer markdown) {
        this.board = board;
        this.markdown = markdown;
        setId("question-board");
        addClassName("page");
        search.setId("qa-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(change -> threads.getDataProvider().refreshAll());
        threads.setId("qa-threads");
        threads.setHeight("60vh");
        threads.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                QaParts.boardLink(header.contest().slug()) + "/" + click.getItem().id())));
        faq.setId("qa-faq");
        faq.setHeight("60vh");
        title.setId("qa-new-title");
        title.setWidthFull();
        title.setMaxLength(200);
        body.setId("qa-new-body");
        body.setWidthFull();
        body.setMinHeight("8em");
    }

    @Override
    protected void load(BeforeEnterEvent event) {
        header = board.board(event.getRouteParameters().get("slug").orElse(""));
        long contestId = header.contest().id();
        threads.setItems(query -> board.threads(contestId, search.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> board.countThreads(contestId, search.getValue()));
        faq.setItems(query -> board.faq(contestId, query.getOffset(), query.getLimit()).stream(),
                query -> board.countFaq(contestId));
    }

    @Override
    protected void render() {
        add(new H1(getTranslation("community.qa.board.title", header.contest().title().in(getLocale()))));
        Anchor back = new Anchor("contests/" + header.contest().slug(), getTranslation("community.qa.toContest"));
        back.setId("qa-to-contest");
        HorizontalLayout links = new HorizontalLayout(back);
        if (header.moderator()) {
            Anchor queue = new Anchor(QuestionModerationView.route(header.contest().id()),
                    getTranslation("community.qa.moderation.link"));
            queue.setId("qa-moderation-link");
            links.add(queue);
        }
        add(links);

        TabSheet tabs = new TabSheet();
        tabs.setId("qa-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("community.qa.tab.threads"), threadsTab());
        tabs.add(getTranslation("community.qa.tab.faq"), faqTab());
        add(tabs);
    }

    private Component threadsTab() {
        search.setPlaceholder(getTranslation("community.qa.search"));
        threads.removeAllColumns();
        threads.addComponentColumn(this::titleCell).setHeader(getTranslation("community.qa.column.title"))
                .setFlexGrow(4).setKey("title");
        threads.addColumn(row -> QaParts.author(row.authorName()))
                .setHeader(getTranslation("community.qa.column.author")).setFlexGrow(1).setKey("author");
        threads.addColumn(ThreadRow::replies).setHeader(getTranslation("community.qa.column.replies"))
                .setAutoWidth(true).setFlexGrow(0).setKey("replies");
        threads.addColumn(row -> QaParts.when(row.lastPostAt()))
                .setHeader(getTranslation("community.qa.column.lastPost")).setFlexGrow(1).setKey("lastPost");
        threads.setEmptyStateText(getTranslation("community.qa.empty"));
        threads.getDataProvider().refreshAll();
        return new Div(search, threads, askForm());
    }

    private Component titleCell(ThreadRow row) {
        Div cell = new Div(new Span(row.title()));
        if (row.pinned()) {
            cell.add(QaParts.badge("community.qa.pinned", "badge contrast"));
        }
        if (row.locked()) {
            cell.add(QaParts.badge("community.qa.locked", "badge"));
        }
        if (row.hidden()) {
            cell.add(QaParts.badge("community.qa.hidden", "badge error"));
        }
        return cell;
    }

    private Component faqTab() {
        faq.removeAllColumns();
        faq.addComponentColumn(entry -> {
            Anchor question = new Anchor(QaParts.boardLink(header.contest().slug()) + "/" + entry.threadId(),
                    entry.title());
            return new Div(new H3(question), QaParts.markdown(entry.answerHtml()));
        }).setHeader(getTranslation("community.qa.tab.faq")).setKey("entry");
        faq.setEmptyStateText(getTranslation("community.qa.faq.empty"));
        faq.getDataProvider().refreshAll();
        return faq;
    }

    private Component askForm() {
        Div form = new Div();
        form.setId("qa-ask");
        form.addClassName("card");
        form.add(new H2(getTranslation("community.qa.ask.title")));
        if (!header.canPost()) {
            Paragraph signIn = new Paragraph(getTranslation("community.qa.ask.signIn"));
            signIn.setId("qa-sign-in");
            form.add(signIn);
            return form;
        }
        title.setLabel(getTranslation("community.qa.ask.question"));
        body.setLabel(getTranslation("community.qa.ask.body"));
        body.setHelperText(getTranslation("community.editor.bodyHint"));
        MarkdownPreview preview = new MarkdownPreview(markdown, body);
        preview.setSummaryText(getTranslation("community.editor.preview"));
        Button ask = new Button(getTranslation("community.qa.ask.submit"));
        ask.setId("qa-ask-submit");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SingleSubmit.onClick(ask, this::ask);
        form.add(title, body, preview, ask);
        return form;
    }

    private void ask() {
        try {
            long threadId = board.open(header.contest().id(), title.getValue(), body.getValue());
            title.clear();
            body.clear();
            Notices.success("community.qa.ask.done");
            getUI().ifPresent(ui -> ui.navigate(QaParts.boardLink(header.contest().slug()) + "/" + threadId));
        } catch (UserFacingException refused) {
            Notices.error(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return header == null ? getTranslation("error.notFound.title")
                : getTranslation("community.qa.board.title", header.contest().title().in(getLocale()));
    }
}
