/**
 * Integrity of the stored files: re-hashes stored objects and compares them with what the owning modules recorded
 * (on demand for {@code /verify}, and batch-wise by the scheduled scrub), alerts admins about changed or missing
 * objects, and removes orphan objects that no row points to. Modules contribute their objects through the
 * {@link org.opencontest.integrity.StoredObjectSource} port; this module never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integrity")
package org.opencontest.integrity;
