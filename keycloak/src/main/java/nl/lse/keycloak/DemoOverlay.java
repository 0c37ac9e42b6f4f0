package nl.lse.keycloak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Applies {@code keycloak/demo-overlay.json} to an imported realm through the admin API:
 * relaxes the password policy and the second factor (demo only!), creates the demo
 * organizations with their municipality groups ({@link MunicipalityGroups}), the users
 * (password {@code demo}) with their LSE-wide roles and their groups per municipality,
 * and the {@code lse-demo-cli} client. Idempotent: organizations are looked up by alias,
 * groups by name and users by user name first.
 */
public final class DemoOverlay {

	private static final Logger log = LoggerFactory.getLogger(DemoOverlay.class);

	private static final String REALM = "/lse";

	private final KeycloakAdmin admin;

	private final JsonNode overlay;

	private final MunicipalityGroups municipalityGroups;

	/** Per municipality alias: group name to group id. */
	private final Map<String, Map<String, String>> groups = new HashMap<>();

	public DemoOverlay(KeycloakAdmin admin) {
		this.admin = admin;
		this.municipalityGroups = new MunicipalityGroups(admin);
		this.overlay = KeycloakAdmin.resource("/keycloak/demo-overlay.json");
	}

	public void apply() {
		relax();
		for (JsonNode organization : this.overlay.get("organizations")) {
			String alias = organization.get("alias").asString();
			String id = organizationId(alias, organization.get("name").asString());
			if (isMunicipality(alias)) {
				this.groups.put(alias, this.municipalityGroups.ensure(id));
			}
		}
		for (JsonNode client : this.overlay.get("clients")) {
			String clientId = client.get("clientId").asString();
			if (this.admin.get(REALM + "/clients?clientId=" + clientId).isEmpty()) {
				this.admin.post(REALM + "/clients", client);
			}
		}
		String password = this.overlay.get("password").asString();
		for (JsonNode user : this.overlay.get("users")) {
			user(user, password);
		}
		log.info("Demo overlay applied: {} users with password '{}', second factor off (DEMO ONLY)",
				this.overlay.get("users").size(), password);
	}

	private void relax() {
		JsonNode relaxations = this.overlay.get("relaxations");
		this.admin.put(REALM, Map.of("passwordPolicy", relaxations.get("passwordPolicy").asString()));
		String flow = relaxations.get("secondFactorFlow").asString();
		String subflow = relaxations.get("secondFactorSubflow").asString();
		String path = REALM + "/authentication/flows/" + KeycloakAdmin.encode(flow).replace("+", "%20") + "/executions";
		for (JsonNode execution : this.admin.get(path)) {
			if (subflow.equals(execution.get("displayName").asString())) {
				this.admin.put(path, Map.of("id", execution.get("id").asString(), "requirement", "DISABLED"));
			}
		}
	}

	private String organizationId(String alias, String name) {
		Optional<String> existing = findOrganization(alias);
		if (existing.isPresent()) {
			return existing.get();
		}
		this.admin.post(REALM + "/organizations", Map.of("name", name, "alias", alias, "enabled", true, "domains",
				List.of(Map.of("name", alias + ".demo.lse.example"))));
		return findOrganization(alias).orElseThrow();
	}

	private Optional<String> findOrganization(String alias) {
		for (JsonNode organization : this.admin.get(REALM + "/organizations?first=0&max=1000")) {
			if (alias.equals(organization.get("alias").asString())) {
				return Optional.of(organization.get("id").asString());
			}
		}
		return Optional.empty();
	}

	private void user(JsonNode user, String password) {
		String username = user.get("username").asString();
		String id = userId(username).orElseGet(() -> {
			this.admin.post(REALM + "/users",
					Map.of("username", username, "enabled", true, "emailVerified", true, "email",
							username + "@demo.lse.example", "firstName", user.get("firstName").asString(), "lastName",
							user.get("lastName").asString()));
			return userId(username).orElseThrow();
		});
		this.admin.put(REALM + "/users/" + id + "/reset-password",
				Map.of("type", "password", "value", password, "temporary", false));
		for (JsonNode role : user.get("realmRoles")) {
			JsonNode representation = this.admin.get(REALM + "/roles/" + role.asString());
			this.admin.post(REALM + "/users/" + id + "/role-mappings/realm", List.of(representation));
		}
		removeRealmWideMunicipalityRoles(id);
		for (Map.Entry<String, JsonNode> membership : user.get("organizations").properties()) {
			String alias = membership.getKey();
			if (isMunicipality(alias)) {
				// municipal users are the ones tenant-admin's service account may manage
				this.admin.put(REALM + "/users/" + id + "/groups/" + municipalUsersGroup(), "");
			}
			String organization = findOrganization(alias).orElseThrow();
			this.admin.post(REALM + "/organizations/" + organization + "/members", "\"" + id + "\"");
			for (JsonNode group : membership.getValue()) {
				String groupId = this.groups.get(alias).get(group.asString());
				this.municipalityGroups.join(organization, groupId, id);
			}
		}
	}

	/**
	 * Earlier overlays mapped municipality roles realm-wide; a local Keycloak database
	 * from before keeps them unless they are taken away.
	 */
	private void removeRealmWideMunicipalityRoles(String userId) {
		List<JsonNode> stale = new ArrayList<>();
		for (JsonNode role : this.admin.get(REALM + "/users/" + userId + "/role-mappings/realm")) {
			if (MunicipalityGroups.ROLE_BY_GROUP.containsValue(role.get("name").asString())) {
				stale.add(role);
			}
		}
		if (!stale.isEmpty()) {
			this.admin.delete(REALM + "/users/" + userId + "/role-mappings/realm", stale);
		}
	}

	private String municipalUsersGroup() {
		for (JsonNode group : this.admin
			.get(REALM + "/groups?exact=true&search=" + ProvisioningPermissions.MUNICIPAL_USERS)) {
			if (ProvisioningPermissions.MUNICIPAL_USERS.equals(group.get("name").asString())) {
				return group.get("id").asString();
			}
		}
		throw new IllegalStateException("Realm lse has no group " + ProvisioningPermissions.MUNICIPAL_USERS);
	}

	private static boolean isMunicipality(String alias) {
		return alias.matches("gm[0-9]{4}");
	}

	private Optional<String> userId(String username) {
		JsonNode found = this.admin.get(REALM + "/users?exact=true&username=" + KeycloakAdmin.encode(username));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).get("id").asString());
	}

}
