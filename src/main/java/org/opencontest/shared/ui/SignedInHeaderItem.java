package org.opencontest.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module shows in the header for signed-in users, beside their name (e.g. the notification bell).
 * Modules contribute beans; the main layout asks for a fresh component whenever it rebuilds the header.
 */
public interface SignedInHeaderItem {

    Component create();
}
