package org.opencontest.dataset.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.opencontest.dataset.ReleaseView;
import org.opencontest.dataset.issue.DataIssueStatus;
import org.opencontest.dataset.issue.DataIssueView;
import org.opencontest.dataset.issue.DataIssues;
import org.opencontest.shared.ui.Notices;

/**
 * In a draft release's card: the reported data issues this release fixes. They close, appear in the release's
 * changelog and their reporters are told when the release is published.
 */
class ReleaseFixesPicker extends Div {

    ReleaseFixesPicker(DataIssues issues, long datasetId, ReleaseView draft, Runnable reload) {
        setId("release-fixes-picker");
        List<DataIssueView> open = issues.fixable(datasetId);
        MultiSelectComboBox<DataIssueView> chosen = new MultiSelectComboBox<>(
                getTranslation("dataset.issue.releaseFixes"));
        chosen.setId("release-fixes-choice");
        chosen.setWidth("36em");
        chosen.setItems(open);
        chosen.setItemLabelGenerator(issue -> "#" + issue.id() + " " + issue.title());
        chosen.setValue(open.stream().filter(issue -> issue.status() == DataIssueStatus.FIX_SCHEDULED
                && issue.fixedInNumber() != null && issue.fixedInNumber() == draft.number()).toList());
        chosen.setHelperText(getTranslation("dataset.issue.releaseFixesHelp"));
        Button save = new Button(getTranslation("dataset.issue.releaseFixesSave"));
        save.setId("release-fixes-save");
        DatasetTexts.onSubmit(save, () -> {
            int changed = issues.scheduleFixes(draft.id(), chosen.getValue().stream().map(DataIssueView::id)
                    .collect(Collectors.toSet()));
            Notices.success("dataset.issue.releaseFixesSaved", changed);
            reload.run();
        });
        HorizontalLayout row = new HorizontalLayout(chosen, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H4(getTranslation("dataset.issue.title")), row);
    }
}
