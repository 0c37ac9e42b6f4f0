package nl.lse.admin.users;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.lse.admin.audit.AdminLog;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.provisioning.TenantOwnerWork;
import org.keycloak.representations.idm.MemberRepresentation;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Adds and removes the case directors and staff of a municipality. A removal is recorded
 * in {@code platform.membership_revocation} before Keycloak is asked, so the gate refuses
 * the municipality to the user's tokens from the next request; the user's account and
 * their other municipalities stay as they are.
 */
public class MunicipalUsers {

	private final KeycloakDirectory keycloak;

	private final TenantCatalog catalog;

	private final JdbcOperations admin;

	private final AdminLog log;

	private final TenantOwnerWork owner;

	public MunicipalUsers(KeycloakDirectory keycloak, TenantCatalog catalog, JdbcOperations admin, AdminLog log,
			TenantOwnerWork owner) {
		this.log = log;
		this.owner = owner;
		this.keycloak = keycloak;
		this.catalog = catalog;
		this.admin = admin;
	}

	/** The municipality's users, or empty when there is no such municipality. */
	public Optional<List<MunicipalUser>> list(String code) {
		return organization(code).map((organization) -> {
			Map<String, MunicipalUser> users = new LinkedHashMap<>();
			this.keycloak.membersByGroup(organization).forEach((group, members) -> {
				for (MemberRepresentation member : members) {
					MunicipalUser user = users.computeIfAbsent(member.getId(),
							(id) -> new MunicipalUser(id, member.getUsername(), KeycloakDirectory.displayName(member),
									String.valueOf(member.getEmail()), new ArrayList<>()));
					user.groups().add(group);
				}
			});
			return List.copyOf(users.values());
		});
	}

	/** Adds the person (a new account gets the first-login actions); their user id. */
	public Optional<String> add(String code, NewMunicipalUser user, String addedBy) {
		return organization(code).map((organization) -> {
			try {
				String id = this.keycloak.ensureUser(user.email(), user.name());
				this.keycloak.join(organization, id, user.role().group());
				this.log.record(addedBy, "USER_ADDED", code, user.email(), AdminLog.Outcome.OK, user.role().name());
				return id;
			}
			catch (RuntimeException ex) {
				this.log.record(addedBy, "USER_ADDED", code, user.email(), AdminLog.Outcome.FAILED,
						ex.getClass().getSimpleName());
				throw ex;
			}
		});
	}

	/**
	 * Takes a member out of the municipality: first the revocation (the gate refuses them
	 * from now on), then Keycloak, then the revocation again with the time Keycloak was
	 * done (a token refreshed in between still counts as before), and the end of a chain
	 * partner's affiliation there.
	 * @return whether the municipality exists and the user was a member of it
	 */
	public boolean remove(String code, String userId, String removedBy) {
		Optional<String> organization = organization(code);
		if (organization.isEmpty() || !isUuid(userId)
				|| this.keycloak.members(organization.get()).stream().noneMatch((m) -> userId.equals(m.getId()))) {
			return false;
		}
		try {
			revoke(code, userId, removedBy);
			this.keycloak.leave(organization.get(), userId);
			revoke(code, userId, removedBy);
			// a chain partner no longer works for their organisation in this municipality
			this.owner.run(TenantId.of(code), (jdbc) -> {
				PartnerAffiliations.endIn(jdbc, userId);
				return null;
			});
		}
		catch (RuntimeException ex) {
			this.log.record(removedBy, "USER_REMOVED", code, userId, AdminLog.Outcome.FAILED,
					ex.getClass().getSimpleName());
			throw ex;
		}
		this.log.record(removedBy, "USER_REMOVED", code, userId, AdminLog.Outcome.OK, null);
		return true;
	}

	private void revoke(String code, String userId, String removedBy) {
		this.admin
			.update("""
					insert into platform.membership_revocation (subject_id, tenant_code, revoked_by) values (?, ?, ?)
					on conflict (subject_id, tenant_code) do update set revoked_at = now(), revoked_by = excluded.revoked_by""",
					userId, code, removedBy);
	}

	private static boolean isUuid(String value) {
		try {
			return java.util.UUID.fromString(value).toString().equals(value);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private Optional<String> organization(String code) {
		if (!TenantId.isValid(code) || this.catalog.find(TenantId.of(code)).isEmpty()) {
			return Optional.empty();
		}
		return this.keycloak.organizationByAlias(code);
	}

}
