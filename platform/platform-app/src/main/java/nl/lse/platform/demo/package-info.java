/**
 * Demo data of a local run (profile {@code demo}): the chain partners' affiliations and
 * about fifty invented cases, loaded through the application's own API with the demo
 * users' real tokens, so audit, assignment index and rules apply as in production.
 */
@NullMarked
package nl.lse.platform.demo;

import org.jspecify.annotations.NullMarked;
