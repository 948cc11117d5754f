package org.opencontest.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Read-only facts about users that other modules need (ids by e-mail, names to display). */
public interface UserDirectory {

    Optional<Long> findIdByEmail(String email);

    /** Display names for the given ids, in one query; unknown ids are absent from the map. */
    Map<Long, String> displayNames(Collection<Long> userIds);
}
