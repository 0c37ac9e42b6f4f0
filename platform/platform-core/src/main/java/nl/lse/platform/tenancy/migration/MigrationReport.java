package nl.lse.platform.tenancy.migration;

import java.util.List;
import java.util.Map;

import nl.lse.platform.tenancy.TenantId;

/**
 * What one run of the tenant migrations did.
 *
 * @param migrated tenants whose schema was brought to the current version
 * @param skipped tenants already at the current version: Flyway was not asked
 * @param failed tenants put in maintenance, with the reason
 */
public record MigrationReport(List<TenantId> migrated, List<TenantId> skipped, Map<TenantId, String> failed) {

}
