/**
 * Partnering: PARTNER accounts (investors, companies, government departments) browse the incubated projects whose
 * teams opted in, ask for introductions the teams accept or decline (contacts are exchanged only on acceptance),
 * and meet teams at demo days with bookable slots and calendar invitations. Implements incubation's
 * {@link org.opencontest.incubation.PartnerOutcomes} so the impact report counts what it led to; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnering")
package org.opencontest.partnering;
