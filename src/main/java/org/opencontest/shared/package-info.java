/**
 * Cross-cutting foundations every module may use: clock, i18n, security principal, base entity,
 * user-facing errors and the main layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.opencontest.shared;
