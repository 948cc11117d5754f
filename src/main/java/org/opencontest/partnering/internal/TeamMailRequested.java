package org.opencontest.partnering.internal;

import java.util.Map;

/**
 * A mail to every member of a team, sent after commit outside the request (the team module shows members to the
 * system identity there, not inside a partner's or another member's session); with an {@code invitation}, each member
 * gets it as a calendar invitation in their own zone.
 */
public record TeamMailRequested(long teamId, String template, Map<String, String> model,
                                DemoDayInvitation invitation) {

    public TeamMailRequested {
        model = Map.copyOf(model);
    }

    public TeamMailRequested(long teamId, String template, Map<String, String> model) {
        this(teamId, template, model, null);
    }
}
