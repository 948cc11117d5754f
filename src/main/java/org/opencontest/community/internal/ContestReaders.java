package org.opencontest.community.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencontest.account.UserDirectory;
import org.opencontest.team.ContestAudience;
import org.opencontest.team.TeamMember;
import org.springframework.stereotype.Component;

/**
 * Whom a contest's news reaches: the members of its registered teams, then its followers who are in none of them
 * (one entry per person, so a member who also follows is written to once). Disabled accounts of followers are left
 * out. The caller's right to ask is checked by the team module's audience (organisers, administrators, system jobs).
 */
@Component
public class ContestReaders {

    private final ContestAudience audience;
    private final ContestFollowerRepository followers;
    private final UserDirectory directory;

    ContestReaders(ContestAudience audience, ContestFollowerRepository followers, UserDirectory directory) {
        this.audience = audience;
        this.followers = followers;
        this.directory = directory;
    }

    /** Team members and followers, each once, with the address and language to write to them in. */
    List<TeamMember> of(long contestId) {
        List<TeamMember> readers = new ArrayList<>(audience.registeredMembers(contestId));
        Set<Long> members = readers.stream().map(TeamMember::userId).collect(Collectors.toSet());
        List<Long> outside = followerIds(contestId).stream().filter(id -> !members.contains(id)).toList();
        directory.enabledContacts(outside).values().forEach(contact -> readers.add(new TeamMember(contact.id(),
                contact.displayName(), contact.email(), contact.locale(), false)));
        return readers;
    }

    /** The ids of the contest's followers, for the Q&A board's official answers. */
    public List<Long> followerIds(long contestId) {
        return followers.followerIds(contestId);
    }
}
