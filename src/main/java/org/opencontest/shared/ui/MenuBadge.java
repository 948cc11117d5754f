package org.opencontest.shared.ui;

/**
 * A count shown beside one menu entry, such as the requests waiting for an administrator. Modules contribute beans;
 * the main layout asks them again on every navigation.
 */
public interface MenuBadge {

    /** The route path of the menu entry, without a leading slash, e.g. {@code admin/role-requests}. */
    String path();

    /** The count for the current viewer; zero shows no badge. Called only for viewers who see the entry. */
    long count();
}
