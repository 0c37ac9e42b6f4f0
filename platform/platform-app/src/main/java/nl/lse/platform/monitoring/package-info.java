/**
 * What operations watch: health indicators for the parts that must not go quiet (the
 * audit trail's sealing).
 */
@NullMarked
package nl.lse.platform.monitoring;

import org.jspecify.annotations.NullMarked;
