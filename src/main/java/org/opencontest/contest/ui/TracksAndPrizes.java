package org.opencontest.contest.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.opencontest.contest.ContestInput;

/**
 * The editor's tracks and prizes tabs. They belong together: a prize may be tied to a track, so removing or
 * reordering tracks renumbers them and refreshes what every prize editor offers.
 */
class TracksAndPrizes implements Serializable {

    private final List<TrackEditor> tracks = new ArrayList<>();
    private final Div trackList = new Div();
    private final Paragraph noTracks = new Paragraph();
    private final List<PrizeEditor> prizes = new ArrayList<>();
    private final Div prizeList = new Div();
    private final Paragraph noPrizes = new Paragraph();
    private final Translations texts;

    TracksAndPrizes(Translations texts) {
        this.texts = texts;
    }

    Component tracksTab() {
        Button add = texts.bind(new Button(VaadinIcon.PLUS.create()), Button::setText, "contest.editor.addTrack");
        add.setId("add-track");
        add.addClickListener(click -> addTrack(new ContestInput.TrackInput(null, null, null)));
        texts.bind(noTracks, Paragraph::setText, "contest.editor.noTracks");
        noTracks.addClassName("muted");
        return new Div(noTracks, trackList, add);
    }

    Component prizesTab() {
        Button add = texts.bind(new Button(VaadinIcon.PLUS.create()), Button::setText, "contest.editor.addPrize");
        add.setId("add-prize");
        add.addClickListener(click -> addPrize(new ContestInput.PrizeInput(null, null, null, null, null, null)));
        texts.bind(noPrizes, Paragraph::setText, "contest.editor.noPrizes");
        noPrizes.addClassName("muted");
        return new Div(noPrizes, prizeList, add);
    }

    /** Replaces both lists with the contest's, discarding unsaved rows. */
    void show(ContestInput input) {
        tracks.clear();
        trackList.removeAll();
        input.tracks().forEach(this::addTrack);
        prizes.clear();
        prizeList.removeAll();
        input.prizes().forEach(this::addPrize);
    }

    List<ContestInput.TrackInput> trackInputs() {
        return tracks.stream().map(TrackEditor::toInput).toList();
    }

    List<ContestInput.PrizeInput> prizeInputs() {
        return prizes.stream().map(prize -> prize.toInput(tracks)).toList();
    }

    private void addTrack(ContestInput.TrackInput input) {
        TrackEditor editor = new TrackEditor(input, this::removeTrack, this::tracksChanged);
        tracks.add(editor);
        trackList.add(editor);
        tracksChanged();
    }

    private void removeTrack(TrackEditor editor) {
        tracks.remove(editor);
        trackList.remove(editor);
        tracksChanged();
    }

    /** Renumbers the tracks and refreshes what the prize editors offer. */
    private void tracksChanged() {
        for (int i = 0; i < tracks.size(); i++) {
            tracks.get(i).setNumber(i + 1);
        }
        noTracks.setVisible(tracks.isEmpty());
        prizes.forEach(prize -> prize.setTracks(List.copyOf(tracks)));
    }

    private void addPrize(ContestInput.PrizeInput input) {
        TrackEditor track = input.trackIndex() == null ? null : tracks.get(input.trackIndex());
        PrizeEditor editor = new PrizeEditor(input, track, List.copyOf(tracks), this::removePrize);
        prizes.add(editor);
        prizeList.add(editor);
        prizesChanged();
    }

    private void removePrize(PrizeEditor editor) {
        prizes.remove(editor);
        prizeList.remove(editor);
        prizesChanged();
    }

    private void prizesChanged() {
        for (int i = 0; i < prizes.size(); i++) {
            prizes.get(i).setNumber(i + 1);
        }
        noPrizes.setVisible(prizes.isEmpty());
    }
}
