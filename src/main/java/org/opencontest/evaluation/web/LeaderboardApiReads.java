package org.opencontest.evaluation.web;

import java.util.List;

import org.opencontest.shared.api.PublicApiReads;
import org.springframework.stereotype.Component;

/** The leaderboard's JSON is as public as its page: visitors read both without an account. */
@Component
class LeaderboardApiReads implements PublicApiReads {

    @Override
    public List<String> paths() {
        return List.of("/api/v1/contests/*/leaderboard");
    }
}
