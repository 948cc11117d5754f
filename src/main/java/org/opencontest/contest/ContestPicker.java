package org.opencontest.contest;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;

import org.opencontest.shared.error.NotFoundException;
import org.springframework.data.domain.PageRequest;

/**
 * The organiser's choice of contest on pages that work on one contest at a time, routed as
 * {@code …/:contestId?}: the caller's contests with titles in the reader's language; picking one navigates to the
 * same view with its id, which the view reads with {@link #managedContest}.
 */
public class ContestPicker extends ComboBox<ContestSummary> {

    private static final int CONTEST_LIMIT = 200;

    public ContestPicker(ContestService contests, String label, Long chosen, Class<? extends Component> view) {
        super(label);
        List<ContestSummary> mine = contests.myContests(PageRequest.of(0, CONTEST_LIMIT));
        setItems(mine);
        setItemLabelGenerator(contest -> contest.title().in(getLocale()));
        setWidth("28em");
        mine.stream().filter(contest -> chosen != null && contest.id() == chosen).findFirst().ifPresent(this::setValue);
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(view,
                        new RouteParameters("contestId", Long.toString(event.getValue().id()))));
            }
        });
    }

    /**
     * The route's contest, empty when none is chosen yet.
     *
     * @throws NotFoundException when the id is malformed or names a contest the caller may not manage
     */
    public static Optional<Long> managedContest(BeforeEnterEvent event, ContestService contests) {
        Optional<Long> contestId;
        try {
            contestId = event.getRouteParameters().get("contestId").map(Long::parseLong);
        } catch (NumberFormatException malformed) {
            throw new NotFoundException();
        }
        if (contestId.isPresent() && !contests.canManage(contestId.get())) {
            throw new NotFoundException();
        }
        return contestId;
    }
}
