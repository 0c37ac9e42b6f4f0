package nl.lse.keycloak;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Least privilege for the {@code lse-provisioning} service account (tenant-admin's), with
 * Keycloak's fine-grained admin permissions (v2). The account holds only realm-management
 * {@code query-users} and {@code query-groups}; what onboarding needs is granted by
 * permissions of the realm's {@code admin-permissions} client, to a user policy naming
 * the service account:
 * <ul>
 * <li>{@code Organizations}: view and manage (create a municipality's organization, its
 * groups, its members);</li>
 * <li>{@code Groups}, only {@link #MUNICIPAL_USERS}: view it, create users in it and
 * manage its members and their memberships; so the account manages municipal users and
 * nobody else ({@code lse.admin}, LSE's staff);</li>
 * <li>{@code Roles}, only the three municipality roles: map them (to the organizations'
 * role groups); never {@code lse-worker}, {@code lse-admin} or a realm-management
 * role;</li>
 * <li>{@code Users}: view (read-only: the staff directory and the administrators' role
 * check read everyone).</li>
 * </ul>
 * Also: admin events with their details, and first and last name editable by admins only
 * (users cannot rename themselves in the account console: "who saw this case" shows those
 * names). Permissions cannot be imported with a realm file, so this runs against a live
 * Keycloak with an admin of the master realm, at every start (idempotent: everything is
 * looked up by name first), and takes from the service account any realm-management role
 * the realm file no longer gives it.
 */
public final class ProvisioningPermissions {

	/** The realm group every municipal user is in. */
	public static final String MUNICIPAL_USERS = "gemeentelijke-gebruikers";

	static final String POLICY = "lse-provisioning-service-account";

	private static final Logger log = LoggerFactory.getLogger(ProvisioningPermissions.class);

	private static final String REALM = "/lse";

	private static final String SERVICE_ACCOUNT = "service-account-lse-provisioning";

	private final KeycloakAdmin admin;

	private final JsonNode realmFile;

	ProvisioningPermissions(KeycloakAdmin admin, JsonNode realmFile) {
		this.admin = admin;
		this.realmFile = realmFile;
	}

	void apply() {
		this.admin.put(REALM,
				Map.of("adminPermissionsEnabled", true, "adminEventsEnabled", true, "adminEventsDetailsEnabled", true));
		namesByAdminsOnly();
		String groupId = municipalUsersGroup();
		String serviceAccountId = userId(SERVICE_ACCOUNT);
		serviceAccountRoles(serviceAccountId);
		String server = REALM + "/clients/" + clientUuid("admin-permissions") + "/authz/resource-server";
		String policyId = policy(server, serviceAccountId);
		List<String> municipalityRoles = new ArrayList<>();
		for (String role : MunicipalityGroups.ROLE_BY_GROUP.values()) {
			municipalityRoles.add(this.admin.get(REALM + "/roles/" + role).get("id").asString());
		}
		permission(server, "lse-provisioning-organizations", "Organizations", List.of(), List.of("view", "manage"),
				policyId);
		permission(server, "lse-provisioning-municipal-users", "Groups", List.of(groupId),
				List.of("view", "view-members", "manage-members", "manage-membership", "manage-membership-of-members"),
				policyId);
		permission(server, "lse-provisioning-municipality-roles", "Roles", municipalityRoles, List.of("map-role"),
				policyId);
		permission(server, "lse-provisioning-read-users", "Users", List.of(), List.of("view"), policyId);
	}

	private void namesByAdminsOnly() {
		JsonNode profile = this.admin.get(REALM + "/users/profile");
		boolean changed = false;
		for (JsonNode attribute : profile.get("attributes")) {
			String name = attribute.get("name").asString();
			if ("firstName".equals(name) || "lastName".equals(name)) {
				JsonNode edit = attribute.path("permissions").path("edit");
				Set<String> editors = new HashSet<>();
				edit.forEach((who) -> editors.add(who.asString()));
				if (!editors.equals(Set.of("admin"))) {
					ObjectNode permissions = ((ObjectNode) attribute).putObject("permissions");
					permissions.putArray("view").add("admin").add("user");
					permissions.putArray("edit").add("admin");
					changed = true;
				}
			}
		}
		if (changed) {
			this.admin.put(REALM + "/users/profile", profile);
			log.info("Realm lse upgraded: first and last name are set by administrators only");
		}
	}

	private String municipalUsersGroup() {
		Optional<String> id = group();
		if (id.isPresent()) {
			return id.get();
		}
		this.admin.post(REALM + "/groups", Map.of("name", MUNICIPAL_USERS));
		return group().orElseThrow();
	}

	private Optional<String> group() {
		for (JsonNode group : this.admin
			.get(REALM + "/groups?exact=true&search=" + KeycloakAdmin.encode(MUNICIPAL_USERS))) {
			if (MUNICIPAL_USERS.equals(group.get("name").asString())) {
				return Optional.of(group.get("id").asString());
			}
		}
		return Optional.empty();
	}

	/** Takes away the realm-management roles the realm file no longer grants. */
	private void serviceAccountRoles(String serviceAccountId) {
		Set<String> granted = new HashSet<>();
		for (JsonNode user : this.realmFile.get("users")) {
			if (SERVICE_ACCOUNT.equals(user.get("username").asString())) {
				user.path("clientRoles").path("realm-management").forEach((role) -> granted.add(role.asString()));
			}
		}
		String realmManagement = clientUuid("realm-management");
		String path = REALM + "/users/" + serviceAccountId + "/role-mappings/clients/" + realmManagement;
		List<JsonNode> excess = new ArrayList<>();
		for (JsonNode role : this.admin.get(path)) {
			if (!granted.contains(role.get("name").asString())) {
				excess.add(role);
			}
		}
		if (!excess.isEmpty()) {
			this.admin.delete(path, excess);
			log.info("Realm lse upgraded: lse-provisioning no longer holds {}",
					excess.stream().map((role) -> role.get("name").asString()).toList());
		}
	}

	/** A user policy (a client policy would hide users and groups from its lists). */
	private String policy(String server, String serviceAccountId) {
		Optional<String> id = byName(server + "/policy", POLICY);
		if (id.isPresent()) {
			return id.get();
		}
		this.admin.post(server + "/policy/user",
				Map.of("name", POLICY, "users", List.of(serviceAccountId), "logic", "POSITIVE"));
		return byName(server + "/policy", POLICY).orElseThrow();
	}

	private void permission(String server, String name, String resourceType, List<String> resources,
			List<String> scopes, String policyId) {
		if (byName(server + "/permission", name).isPresent()) {
			return;
		}
		Map<String, Object> permission = new LinkedHashMap<>();
		permission.put("name", name);
		permission.put("resourceType", resourceType);
		permission.put("resources", resources);
		permission.put("scopes", scopes);
		permission.put("decisionStrategy", "UNANIMOUS");
		permission.put("policies", List.of(policyId));
		this.admin.post(server + "/permission/scope", permission);
		log.info("Realm lse upgraded: permission {} ({} {} for lse-provisioning)", name, resourceType, scopes);
	}

	private Optional<String> byName(String path, String name) {
		for (JsonNode found : this.admin.get(path + "?name=" + KeycloakAdmin.encode(name))) {
			if (name.equals(found.get("name").asString())) {
				return Optional.of(found.get("id").asString());
			}
		}
		return Optional.empty();
	}

	private String clientUuid(String clientId) {
		for (JsonNode client : this.admin.get(REALM + "/clients?clientId=" + KeycloakAdmin.encode(clientId))) {
			return client.get("id").asString();
		}
		throw new IllegalStateException("Realm lse has no client " + clientId);
	}

	private String userId(String username) {
		for (JsonNode user : this.admin.get(REALM + "/users?exact=true&username=" + KeycloakAdmin.encode(username))) {
			return user.get("id").asString();
		}
		throw new IllegalStateException("Realm lse has no user " + username);
	}

}
