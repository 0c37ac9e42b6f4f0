/**
 * Work the platform does on its own, on daemon threads of its own that no request waits
 * for: a scheduler with a lifecycle, tasks at a fixed delay whose failures are logged and
 * tried again at the next round.
 */
@NullMarked
package nl.lse.platform.background;

import org.jspecify.annotations.NullMarked;
