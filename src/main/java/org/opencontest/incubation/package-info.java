/**
 * Incubation: winning or selected entries taken into incubation projects with stages, milestones, periodic KPI
 * check-ins and their reminders, the incubators' portfolio dashboard, per-contest impact reports and the public
 * showcase of projects whose teams agreed to publish them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incubation")
package org.opencontest.incubation;
