package org.opencontest.contest;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the public contest page. The contest module cannot depend on the modules that
 * depend on it (datasets, teams), so they contribute their part as a Spring bean of this type.
 */
public interface ContestPageSection {

    /** The section for this contest in the current UI language and for the current viewer; empty to leave it out. */
    Optional<Component> render(ContestPage contest);
}
