package org.opencontest.shared.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.jsoup.nodes.Entities;
import org.opencontest.shared.text.MarkdownRenderer;

/**
 * A collapsible preview under a pair of markdown areas, showing both languages rendered exactly as visitors will
 * see them (the same renderer and sanitiser as the public page). Used by the contest editor and the announcement
 * editor; with one area (a Q&A post) it shows that one.
 */
public final class MarkdownPreview extends Details {

    private final transient MarkdownRenderer markdown;
    private final TextArea english;
    private final TextArea chinese;
    private final Div englishHtml = html();
    private final Div chineseHtml = html();

    public MarkdownPreview(MarkdownRenderer markdown, TextArea english, TextArea chinese) {
        this.markdown = markdown;
        this.english = english;
        this.chinese = chinese;
        Div both = chinese == null ? new Div(englishHtml) : new Div(englishHtml, chineseHtml);
        both.addClassName("markdown-preview");
        add(both);
        for (TextArea area : chinese == null ? new TextArea[] {english} : new TextArea[] {english, chinese}) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.addValueChangeListener(change -> refresh());
        }
        addOpenedChangeListener(change -> refresh());
    }

    /** The preview of a single (not bilingual) markdown area. */
    public MarkdownPreview(MarkdownRenderer markdown, TextArea single) {
        this(markdown, single, null);
    }

    public void refresh() {
        if (!isOpened()) {
            return;
        }
        show(englishHtml, english.getValue());
        if (chinese != null) {
            show(chineseHtml, chinese.getValue());
        }
    }

    private void show(Div target, String source) {
        String safe = markdown.toSafeHtml(source);
        // safe: rendered and sanitised by MarkdownRenderer
        target.getElement().setProperty("innerHTML", safe.isEmpty()
                ? "<p class=\"muted\">" + Entities.escape(getTranslation("contest.editor.previewEmpty")) + "</p>"
                : safe);
    }

    private static Div html() {
        Div div = new Div();
        div.addClassNames("markdown", "card");
        return div;
    }
}
