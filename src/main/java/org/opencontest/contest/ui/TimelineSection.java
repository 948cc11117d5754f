package org.opencontest.contest.ui;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.opencontest.contest.PhaseKind;
import org.opencontest.contest.PhaseWindow;
import org.opencontest.contest.Timeline;

/**
 * The editor's timeline tab: one row per phase, entered in the contest's zone (the help names it), and the server's
 * refusal of an inconsistent timeline above the rows.
 */
class TimelineSection extends Div {

    private final Map<PhaseKind, PhaseEditor> phases = new EnumMap<>(PhaseKind.class);
    private final Paragraph help = new Paragraph();
    private final Div error = new Div();

    TimelineSection() {
        help.addClassName("muted");
        error.setId("timeline-error");
        error.addClassName("field-error");
        error.setVisible(false);
        add(help, error);
        for (PhaseKind kind : PhaseKind.values()) {
            PhaseEditor editor = new PhaseEditor(kind);
            phases.put(kind, editor);
            add(editor);
        }
    }

    void show(Timeline timeline, ZoneId zone) {
        phases.forEach((kind, editor) -> editor.show(timeline.phase(kind), zone));
        clearError();
    }

    /** The phases as entered, read in the contest's zone; phases left empty are left out. */
    List<PhaseWindow> windows(ZoneId zone) {
        return phases.values().stream().map(editor -> editor.toWindow(zone)).flatMap(Optional::stream).toList();
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void clearError() {
        error.setVisible(false);
    }

    void showZone(ZoneId zone) {
        help.setText(getTranslation("contest.editor.timelineHelp", zone.getId()));
    }
}
