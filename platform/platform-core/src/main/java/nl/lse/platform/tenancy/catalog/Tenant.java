package nl.lse.platform.tenancy.catalog;

import java.time.Instant;

import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A row of the tenant catalog.
 *
 * @param id the tenant code
 * @param name the municipality's name
 * @param status lifecycle status
 * @param schemaVersion the tenant migration version its schema is at, if migrated
 * @param maintenance whether requests get 503 (e.g. after a failed migration)
 * @param maintenanceReason why, for operators
 * @param createdAt when registered
 * @param updatedAt last change
 */
public record Tenant(TenantId id, String name, TenantStatus status, @Nullable String schemaVersion, boolean maintenance,
		@Nullable String maintenanceReason, Instant createdAt, Instant updatedAt) {

	public boolean isOpen() {
		return this.status == TenantStatus.ACTIVE && !this.maintenance;
	}

}
