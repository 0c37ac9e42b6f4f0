/**
 * {@code /api/v1/tenants/{tenant}}: the municipality a caller has entered through the
 * gate.
 */
@NullMarked
package nl.lse.platform.tenants;

import org.jspecify.annotations.NullMarked;
