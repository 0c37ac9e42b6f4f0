/**
 * The tenant catalog in schema {@code platform}: which municipalities exist, their
 * status, schema version and maintenance flag, and a per-replica cache of their
 * availability.
 */
@NullMarked
package nl.lse.platform.tenancy.catalog;

import org.jspecify.annotations.NullMarked;
