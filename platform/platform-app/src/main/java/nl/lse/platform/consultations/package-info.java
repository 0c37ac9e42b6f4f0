/**
 * Consultations (consultaties): LSE advises the municipality, about a case or in general;
 * the municipality keeps the lead.
 */
@NullMarked
package nl.lse.platform.consultations;

import org.jspecify.annotations.NullMarked;
