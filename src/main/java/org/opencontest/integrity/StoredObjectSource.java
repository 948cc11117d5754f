package org.opencontest.integrity;

import java.util.List;

/**
 * The port through which a module that keeps files in the object store tells the integrity scrub which objects it
 * owns and what they should contain. Each such module contributes one bean (usually a {@link SqlObjectSource}).
 */
public interface StoredObjectSource {

    /** A short, stable name (the module's), shown to admins and remembered as the scrub's position. */
    String name();

    /** Whether keys shaped like this one belong to this module; only such objects can be its orphans. */
    boolean owns(String key);

    /** Whether a row of this module points at the object. */
    boolean references(String key);

    /** Up to {@code limit} of the module's objects in key order after {@code afterKey} ("" from the start). */
    List<ExpectedObject> after(String afterKey, int limit);
}
