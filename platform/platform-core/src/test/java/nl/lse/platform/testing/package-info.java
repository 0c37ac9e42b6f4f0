/**
 * Test infrastructure shared by every module (published as the test-jar): a private
 * PostgreSQL database per test JVM, and the build rules every module checks.
 */
@NullMarked
package nl.lse.platform.testing;

import org.jspecify.annotations.NullMarked;
