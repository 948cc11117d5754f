package org.opencontest.judging.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opencontest.dataset.DatasetChoice;
import org.opencontest.judging.internal.EntryForJudge;
import org.opencontest.shared.i18n.FileSize;
import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * The entry as its judge reads it: title, team (open rounds only), abstract, datasets, links and files. Texts are
 * set as text, never as HTML; a file's short-lived link is fetched when the judge asks for it.
 */
class EntryPanel extends VerticalLayout {

    EntryPanel(EntryForJudge entry, LongConsumer openFile) {
        setId("entry");
        setPadding(false);
        // beside the rubric on a wide screen, above it on a narrow one
        getStyle().set("flex", "1 1 24rem");
        add(new H3(either(entry.titleEn(), entry.titleZh())));
        if (entry.teamName() != null) {
            Span team = new Span(getTranslation("scoring.entry.team", entry.teamName()));
            team.setId("entry-team");
            add(team);
        }
        String summary = either(entry.abstractEn(), entry.abstractZh());
        if (!summary.isEmpty()) {
            Paragraph text = new Paragraph(summary);
            text.setId("entry-abstract");
            text.getStyle().set("white-space", "pre-wrap");
            add(new H4(getTranslation("scoring.entry.abstract")), text);
        }
        if (!entry.datasets().isEmpty() || entry.otherData() != null) {
            add(new H4(getTranslation("scoring.entry.datasets")));
        }
        if (!entry.datasets().isEmpty()) {
            // the contest's datasets, in the judge's language, each linked to its page
            Div datasets = new Div();
            datasets.setId("entry-datasets");
            for (DatasetChoice dataset : entry.datasets()) {
                datasets.add(new Div(new Anchor(dataset.path(), dataset.title().in(getLocale()))));
            }
            add(datasets);
        }
        if (entry.otherData() != null) {
            Paragraph other = new Paragraph(entry.otherData());
            other.setId("entry-other-data");
            other.getStyle().set("white-space", "pre-wrap");
            add(other);
        }
        link("scoring.entry.demo", entry.demoLink());
        link("scoring.entry.repository", entry.repositoryLink());
        link("scoring.entry.video", entry.videoLink());
        if (!entry.files().isEmpty()) {
            add(new H4(getTranslation("scoring.entry.files")));
        }
        for (EntryForJudge.File file : entry.files()) {
            Button download = new Button(getTranslation("scoring.entry.file", file.name(),
                    new FileSize(file.size())));
            download.setId("file-" + file.fileId());
            download.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            SingleSubmit.onClick(download, () -> openFile.accept(file.fileId()));
            add(download);
        }
        if (entry.files().isEmpty() && summary.isEmpty()) {
            add(new Paragraph(getTranslation("scoring.entry.closed")));
        }
    }

    private void link(String labelKey, String url) {
        if (url != null) {
            Anchor anchor = new Anchor(url, getTranslation(labelKey), AnchorTarget.BLANK);
            // the team chose the address: do not hand it our page
            anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            add(anchor);
        }
    }

    private String either(String en, String zh) {
        return new LocalizedText(en == null ? "" : en, zh == null ? "" : zh).in(getLocale());
    }
}
