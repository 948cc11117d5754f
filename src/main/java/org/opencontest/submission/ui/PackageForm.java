package org.opencontest.submission.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.opencontest.contest.ContestPage;
import org.opencontest.dataset.DatasetChoice;
import org.opencontest.submission.PackageInput;

/** The package's description as the team fills it in: bilingual title and abstract, track, data used, links. */
class PackageForm extends FormLayout {

    private final Select<Long> track = new Select<>();
    private final TextField titleEn = new TextField();
    private final TextField titleZh = new TextField();
    private final TextArea abstractEn = new TextArea();
    private final TextArea abstractZh = new TextArea();
    private final MultiSelectComboBox<DatasetChoice> datasets = new MultiSelectComboBox<>();
    private final TextArea otherData = new TextArea();
    private final TextField demoLink = new TextField();
    private final TextField repositoryLink = new TextField();
    private final TextField videoLink = new TextField();

    PackageForm() {
        track.setId("submission-track");
        track.setEmptySelectionAllowed(true);
        titleEn.setId("submission-title-en");
        titleZh.setId("submission-title-zh");
        abstractEn.setId("submission-abstract-en");
        abstractZh.setId("submission-abstract-zh");
        datasets.setId("submission-datasets");
        otherData.setId("submission-other-data");
        demoLink.setId("submission-demo-link");
        repositoryLink.setId("submission-repository-link");
        videoLink.setId("submission-video-link");
        add(titleEn, titleZh, abstractEn, abstractZh, track, datasets, otherData, demoLink, repositoryLink, videoLink);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
    }

    void translate() {
        titleEn.setLabel(getTranslation("submission.field.titleEn"));
        titleZh.setLabel(getTranslation("submission.field.titleZh"));
        abstractEn.setLabel(getTranslation("submission.field.abstractEn"));
        abstractZh.setLabel(getTranslation("submission.field.abstractZh"));
        track.setLabel(getTranslation("submission.field.track"));
        datasets.setLabel(getTranslation("submission.field.datasets"));
        datasets.setHelperText(getTranslation("submission.field.datasets.help"));
        // the contest's datasets in the reader's language; set again on a language change to redraw the list
        datasets.setItemLabelGenerator(choice -> choice.title().in(SubmissionTexts.locale()));
        otherData.setLabel(getTranslation("submission.field.otherData"));
        otherData.setHelperText(getTranslation("submission.field.otherData.help"));
        demoLink.setLabel(getTranslation("submission.field.demoLink"));
        repositoryLink.setLabel(getTranslation("submission.field.repositoryLink"));
        videoLink.setLabel(getTranslation("submission.field.videoLink"));
    }

    /** The contest's datasets a team may say it used; the field hides when the contest has none. */
    void offer(List<DatasetChoice> choices) {
        datasets.setItems(choices);
        datasets.setVisible(!choices.isEmpty());
    }

    /** The contest's tracks in the reader's language, the package's one chosen; hidden for a single-track contest. */
    void offerTracks(List<ContestPage.Track> tracks, Long chosen) {
        track.setItems(tracks.stream().map(ContestPage.Track::id).toList());
        track.setItemLabelGenerator(id -> id == null ? "" : tracks.stream().filter(t -> t.id() == id).findFirst()
                .map(t -> t.name().in(SubmissionTexts.locale())).orElse(""));
        track.setValue(chosen);
        track.setVisible(!tracks.isEmpty());
    }

    void setReadOnly(boolean readOnly) {
        for (HasValue<?, ?> field : List.of(titleEn, titleZh, abstractEn, abstractZh, track, datasets, otherData,
                demoLink, repositoryLink, videoLink)) {
            field.setReadOnly(readOnly);
        }
    }

    PackageInput input() {
        return new PackageInput(track.getValue(), titleEn.getValue(), titleZh.getValue(), abstractEn.getValue(),
                abstractZh.getValue(), datasets.getValue().stream().map(DatasetChoice::id).toList(),
                otherData.getValue(), demoLink.getValue(), repositoryLink.getValue(), videoLink.getValue());
    }

    void fill(PackageInput input) {
        titleEn.setValue(Optional.ofNullable(input.titleEn()).orElse(""));
        titleZh.setValue(Optional.ofNullable(input.titleZh()).orElse(""));
        abstractEn.setValue(Optional.ofNullable(input.abstractEn()).orElse(""));
        abstractZh.setValue(Optional.ofNullable(input.abstractZh()).orElse(""));
        // a dataset no longer offered (taken off the contest) is not shown and leaves with the next save
        Set<Long> chosen = Set.copyOf(input.datasetIds());
        datasets.setValue(Set.copyOf(datasets.getListDataView().getItems()
                .filter(choice -> chosen.contains(choice.id())).toList()));
        otherData.setValue(Optional.ofNullable(input.otherData()).orElse(""));
        demoLink.setValue(Optional.ofNullable(input.demoLink()).orElse(""));
        repositoryLink.setValue(Optional.ofNullable(input.repositoryLink()).orElse(""));
        videoLink.setValue(Optional.ofNullable(input.videoLink()).orElse(""));
    }
}
