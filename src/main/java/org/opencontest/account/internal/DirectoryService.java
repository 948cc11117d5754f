package org.opencontest.account.internal;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.opencontest.account.DirectoryEntry;
import org.opencontest.account.UserContact;
import org.opencontest.account.UserDirectory;
import org.opencontest.account.internal.UserAccountRepository.Contact;
import org.opencontest.account.internal.UserAccountRepository.EmailAndLocale;
import org.opencontest.account.internal.UserAccountRepository.IdAndName;
import org.opencontest.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers other modules' questions about users. Open to every caller, including demo loaders and public pages:
 * it reveals only ids and display names, and the calling module decides what its own users may see.
 */
@Service
class DirectoryService implements UserDirectory {

    private final UserAccountRepository users;

    DirectoryService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Long> findIdByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty()
                : users.findIdByEmail(UserAccount.normaliseEmail(email));
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.findDisplayNames(userIds).stream()
                .collect(Collectors.toMap(IdAndName::getId, IdAndName::getDisplayName));
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, UserContact> enabledContacts(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.findEnabledContacts(userIds).stream().collect(Collectors.toMap(Contact::getId,
                row -> new UserContact(row.getId(), row.getEmail(), row.getDisplayName(),
                        Locale.forLanguageTag(row.getLocale()))));
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Map<String, Locale> localesByEmail(Collection<String> emails) {
        Map<String, String> asGiven = asGiven(emails);
        if (asGiven.isEmpty()) {
            return Map.of();
        }
        List<EmailAndLocale> found = users.findLocales(asGiven.keySet());
        return found.stream().collect(Collectors.toMap(row -> asGiven.get(row.getEmail()),
                row -> Locale.forLanguageTag(row.getLocale())));
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Map<String, ZoneId> zonesByEmail(Collection<String> emails) {
        Map<String, String> asGiven = asGiven(emails);
        return asGiven.isEmpty() ? Map.of() : users.findZones(asGiven.keySet()).stream().collect(Collectors.toMap(
                row -> asGiven.get(row.getEmail()), row -> ZoneId.of(row.getZone())));
    }

    /** Normalised address → the address as the caller gave it; blank ones left out. */
    private static Map<String, String> asGiven(Collection<String> emails) {
        Map<String, String> asGiven = new HashMap<>();
        emails.stream().filter(email -> email != null && !email.isBlank())
                .forEach(email -> asGiven.put(UserAccount.normaliseEmail(email), email));
        return asGiven;
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<DirectoryEntry> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return users.findByEmail(UserAccount.normaliseEmail(email)).filter(UserAccount::isEnabled)
                .map(DirectoryService::entry);
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public List<DirectoryEntry> withRole(Role role) {
        return users.findEnabledWithRole(role).stream().map(DirectoryService::entry).toList();
    }

    private static DirectoryEntry entry(UserAccount user) {
        return new DirectoryEntry(user.getId(), user.getEmail(), user.getDisplayName(), user.getLocale(),
                user.getRoles());
    }
}
