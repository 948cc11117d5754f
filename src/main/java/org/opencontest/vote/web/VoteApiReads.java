package org.opencontest.vote.web;

import java.util.List;

import org.opencontest.shared.api.PublicApiReads;
import org.springframework.stereotype.Component;

/** A contest's open votes are as public as its voting gallery: visitors read both without an account. */
@Component
class VoteApiReads implements PublicApiReads {

    @Override
    public List<String> paths() {
        return List.of("/api/v1/contests/*/votes");
    }
}
