/**
 * Chain-partner organisations: the registry in {@code platform} and, per municipality,
 * which organisation a user works for there (the tenant's own records).
 */
@NullMarked
package nl.lse.platform.partners;

import org.jspecify.annotations.NullMarked;
