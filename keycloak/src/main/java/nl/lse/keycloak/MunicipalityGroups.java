package nl.lse.keycloak;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The groups every municipality's organization has, each carrying one municipality role:
 * a user holds a role in a municipality by being in that organization's group, never
 * through a realm-wide mapping (so a case director of Zwolle is not case director of
 * Rotterdam). Keycloak's organization group mapper writes the group roles into the
 * municipality's own entry of the {@code organization} claim.
 */
public final class MunicipalityGroups {

	/** Group name (Dutch, as a municipality's administrator sees it) to realm role. */
	public static final Map<String, String> ROLE_BY_GROUP = roles();

	private static final String REALM = "/lse";

	private final KeycloakAdmin admin;

	public MunicipalityGroups(KeycloakAdmin admin) {
		this.admin = admin;
	}

	/**
	 * Creates whichever of the groups the organization lacks and maps each to its role.
	 * Idempotent: groups are looked up by name, role mappings are sets.
	 * @return group name to group id
	 */
	public Map<String, String> ensure(String organizationId) {
		Map<String, String> ids = new LinkedHashMap<>();
		ROLE_BY_GROUP.forEach((group, role) -> {
			String id = find(organizationId, group).orElseGet(() -> {
				this.admin.post(groups(organizationId), Map.of("name", group));
				return find(organizationId, group).orElseThrow();
			});
			JsonNode representation = this.admin.get(REALM + "/roles/" + role);
			this.admin.post(groups(organizationId) + "/" + id + "/role-mappings/realm", List.of(representation));
			ids.put(group, id);
		});
		return ids;
	}

	/** Puts an organization member into one of the groups; a member already is (409). */
	public void join(String organizationId, String groupId, String userId) {
		this.admin.put(groups(organizationId) + "/" + groupId + "/members/" + userId, "", 409);
	}

	private Optional<String> find(String organizationId, String name) {
		for (JsonNode group : this.admin
			.get(groups(organizationId) + "?exact=true&search=" + KeycloakAdmin.encode(name))) {
			if (name.equals(group.get("name").asString())) {
				return Optional.of(group.get("id").asString());
			}
		}
		return Optional.empty();
	}

	private static String groups(String organizationId) {
		return REALM + "/organizations/" + organizationId + "/groups";
	}

	private static Map<String, String> roles() {
		Map<String, String> roles = new LinkedHashMap<>();
		roles.put("casusregie", "case-director");
		roles.put("medewerkers", "municipality-staff");
		roles.put("ketenpartners", "chain-partner");
		return Collections.unmodifiableMap(roles);
	}

}
