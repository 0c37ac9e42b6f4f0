/**
 * Signals (signalen): worries about radicalisation, registered by the municipality, chain
 * partners or LSE, and triaged by the case director into no action, a consultation or a
 * trajectory.
 */
@NullMarked
package nl.lse.platform.signals;

import org.jspecify.annotations.NullMarked;
