package org.opencontest.incubation.internal;

import java.util.Map;

/**
 * A mail to every member of a project's team, asked for inside the causing transaction and resolved to recipients
 * after it commits (see {@link IncubationMails#toTeam}).
 *
 * @param stageKey a stage's message key to name in each reader's language, or null
 */
record TeamMailRequested(long projectId, String template, Map<String, String> model, String stageKey) {

    TeamMailRequested {
        model = Map.copyOf(model);
    }
}
