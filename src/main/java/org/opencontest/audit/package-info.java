/**
 * Append-only, hash-chained audit trail. Other modules record security-relevant actions through
 * {@link org.opencontest.audit.AuditLog}; the module depends on no other business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.opencontest.audit;
