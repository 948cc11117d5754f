package org.opencontest.judging.internal;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.opencontest.shared.i18n.LocalizedText;

/**
 * A final as its page shows it: the schedule, the drawn order (empty before the draw) and what is on stage.
 *
 * @param seed the draw's seed, null before the draw
 */
public record PitchFinalDetail(long id, long version, long contestId, ZoneId contestZone, long roundId,
                               LocalizedText roundName, PitchFinalInput input, Long seed, Instant drawnAt,
                               List<PitchRow> order, Integer onStage, Instant onStageSince) implements Serializable {

    public PitchFinalDetail {
        order = List.copyOf(order);
    }

    public boolean drawn() {
        return drawnAt != null;
    }

    public Optional<PitchRow> mine() {
        return order.stream().filter(PitchRow::mine).findFirst();
    }

    public Optional<PitchRow> onStageRow() {
        return onStage == null ? Optional.empty()
                : order.stream().filter(row -> row.position() == onStage).findFirst();
    }
}
