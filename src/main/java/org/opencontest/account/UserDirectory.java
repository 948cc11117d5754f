package org.opencontest.account;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.opencontest.shared.security.Role;

/** Read-only facts about users that other modules need (ids by e-mail, names to display). */
public interface UserDirectory {

    Optional<Long> findIdByEmail(String email);

    /** Display names for the given ids, in one query; unknown ids are absent from the map. */
    Map<Long, String> displayNames(Collection<Long> userIds);

    /**
     * Name, address and language of the given users whose accounts are enabled, in one query; unknown and disabled
     * accounts are absent (e.g. shown as a former member, never mailed).
     */
    Map<Long, UserContact> enabledContacts(Collection<Long> userIds);

    /**
     * The language each address's owner reads, for mails written to addresses (e.g. invitations); addresses
     * without an account are absent from the map. Keys are the addresses as given.
     */
    Map<String, Locale> localesByEmail(Collection<String> emails);

    /**
     * The time zone of each address's owner (their profile's), for mails that state times or carry a calendar
     * invitation; addresses without an account are absent from the map. Keys are the addresses as given.
     */
    Map<String, ZoneId> zonesByEmail(Collection<String> emails);

    /**
     * The enabled account with this address, for modules that add people by e-mail and need their role (e.g. an
     * incubator organisation accepts only INCUBATOR users); empty for unknown or disabled accounts.
     */
    Optional<DirectoryEntry> findByEmail(String email);

    /** The enabled accounts holding the role, e.g. the admins to alert about damaged stored files. */
    List<DirectoryEntry> withRole(Role role);
}
