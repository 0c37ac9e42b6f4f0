/**
 * Running a step once per tenant: the partitioner over the open tenants of the catalog.
 */
@NullMarked
package nl.lse.batch.tenants;

import org.jspecify.annotations.NullMarked;
