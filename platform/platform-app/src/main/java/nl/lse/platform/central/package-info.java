/**
 * The LSE central office across municipalities ({@code /central} and
 * {@code /api/v1/central}): the municipalities with their caseload figures, the queue of
 * requests nobody has taken, an LSE worker's cases, and the register of peer-contact
 * meetings. It reads {@code platform} only; entering a municipality goes through the
 * tenant gate.
 */
@NullMarked
package nl.lse.platform.central;

import org.jspecify.annotations.NullMarked;
