/**
 * Per-municipality settings kept in the tenant's own schema (e.g. its retention period).
 */
@NullMarked
package nl.lse.platform.settings;

import org.jspecify.annotations.NullMarked;
