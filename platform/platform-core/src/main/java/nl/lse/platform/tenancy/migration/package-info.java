/**
 * Schema migrations: the platform and batch schemas, and every tenant schema as its owner
 * role with its own history table, skipping tenants already at the current version.
 */
@NullMarked
package nl.lse.platform.tenancy.migration;

import org.jspecify.annotations.NullMarked;
