package org.opencontest.partnering.internal;

import java.util.Map;

/**
 * A mail to every member of a team, sent after commit outside the request (the team module shows members to the
 * system identity there, not inside a partner's or another member's session).
 */
public record TeamMailRequested(long teamId, String template, Map<String, String> model) {

    public TeamMailRequested {
        model = Map.copyOf(model);
    }
}
