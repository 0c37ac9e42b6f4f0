/**
 * What closing a case depends on: whether LSE still has open work on it (trajectories and
 * consultations). The case director closes and reopens; nothing closes a case by itself.
 */
@NullMarked
package nl.lse.platform.closure;

import org.jspecify.annotations.NullMarked;
