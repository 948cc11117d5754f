/**
 * Demo data for the embedded mode ({@code opencontest.demo-data=true}, the default run; off in the {@code prod}
 * profile and in tests): the demo accounts, the SODA contests with their datasets and teams, and the finished
 * Open Mobility 2025 contest with submissions, judging, published results and incubation.
 * <p>
 * {@link org.opencontest.demo.DemoDataLoader} runs the loaders once at start, in the order in which they build on
 * each other. They act as the demo people (or the system identity) through the other modules' public services,
 * so the data obeys the same rules as real use, and each skips what a previous start created. This module depends
 * on the others; nothing depends on it, and it has no API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.opencontest.demo;
