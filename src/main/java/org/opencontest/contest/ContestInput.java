package org.opencontest.contest;

import org.opencontest.shared.i18n.LocalizedText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Everything an organiser edits, as one command. Tracks and prizes keep their ids so that other modules' references
 * (a submission's track) survive edits; a prize names its track by position in {@link #tracks()}.
 *
 * @param slug blank on creation to derive it from the English title
 */
public record ContestInput(String slug, LocalizedText title, LocalizedText summary, LocalizedText description,
                           LocalizedText rules, LocalizedText theme, ZoneId zone, int teamSizeMin, int teamSizeMax,
                           List<TrackInput> tracks, List<PrizeInput> prizes, List<PhaseWindow> phases)
        implements Serializable {

    public ContestInput {
        title = LocalizedText.orEmpty(title);
        summary = LocalizedText.orEmpty(summary);
        description = LocalizedText.orEmpty(description);
        rules = LocalizedText.orEmpty(rules);
        theme = LocalizedText.orEmpty(theme);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        prizes = prizes == null ? List.of() : List.copyOf(prizes);
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** A track of the contest; {@code id} is null for a new one. */
    public record TrackInput(Long id, LocalizedText name, LocalizedText description) implements Serializable {

        public TrackInput {
            name = LocalizedText.orEmpty(name);
            description = LocalizedText.orEmpty(description);
        }
    }

    /**
     * A prize: an amount with its ISO currency, or a description (or both).
     *
     * @param trackIndex position of the prize's track in {@link ContestInput#tracks()}, or null for an overall prize
     */
    public record PrizeInput(Long id, LocalizedText title, BigDecimal amount, String currency,
                             LocalizedText description, Integer trackIndex) implements Serializable {

        public PrizeInput {
            title = LocalizedText.orEmpty(title);
            description = LocalizedText.orEmpty(description);
            currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        }
    }
}
