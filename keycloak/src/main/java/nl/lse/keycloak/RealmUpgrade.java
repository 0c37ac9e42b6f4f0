package nl.lse.keycloak;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Brings a realm {@code lse} that was imported from an older realm file up to the current
 * one where a later change matters for access: {@code --import-realm} skips a realm that
 * exists, so a Keycloak database kept from before (a local run, an installation) would
 * otherwise keep giving tokens without municipality roles. It adds the
 * {@code organization} scope's mappers, the clients' mappers and the default role's
 * composites from {@code realm-lse.json} where they are missing, and the provisioning
 * account's least privilege ({@link ProvisioningPermissions}, which also takes away the
 * rights it held before). Idempotent.
 */
public final class RealmUpgrade {

	private static final Logger log = LoggerFactory.getLogger(RealmUpgrade.class);

	private static final String REALM = "/lse";

	private final KeycloakAdmin admin;

	private final JsonNode realmFile;

	public RealmUpgrade(KeycloakAdmin admin) {
		this.admin = admin;
		this.realmFile = KeycloakAdmin.resource("/keycloak/realm-lse.json");
	}

	public void apply() {
		organizationScopeMappers();
		clientMappers();
		defaultRoleComposites();
		realmManagementComposites();
		new ProvisioningPermissions(this.admin, this.realmFile).apply();
	}

	/** Mappers the realm file gives a client (the API audience) that the client lacks. */
	private void clientMappers() {
		for (JsonNode client : this.realmFile.get("clients")) {
			if (!client.has("protocolMappers")) {
				continue;
			}
			String clientId = client.get("clientId").asString();
			for (JsonNode present : this.admin.get(REALM + "/clients?clientId=" + KeycloakAdmin.encode(clientId))) {
				Set<String> names = new HashSet<>();
				present.path("protocolMappers").forEach((mapper) -> names.add(mapper.get("name").asString()));
				for (JsonNode mapper : client.get("protocolMappers")) {
					if (!names.contains(mapper.get("name").asString())) {
						this.admin.post(REALM + "/clients/" + present.get("id").asString() + "/protocol-mappers/models",
								mapper);
						log.info("Realm lse upgraded: mapper '{}' added to client {}", mapper.get("name").asString(),
								clientId);
					}
				}
			}
		}
	}

	private void organizationScopeMappers() {
		JsonNode wanted = scope(this.realmFile.get("clientScopes"));
		JsonNode present = scope(this.admin.get(REALM + "/client-scopes"));
		Set<String> names = new HashSet<>();
		present.path("protocolMappers").forEach((mapper) -> names.add(mapper.get("name").asString()));
		for (JsonNode mapper : wanted.get("protocolMappers")) {
			if (!names.contains(mapper.get("name").asString())) {
				this.admin.post(REALM + "/client-scopes/" + present.get("id").asString() + "/protocol-mappers/models",
						mapper);
				log.info("Realm lse upgraded: mapper '{}' added to client scope organization",
						mapper.get("name").asString());
			}
		}
	}

	private void defaultRoleComposites() {
		String defaultRole = this.realmFile.get("defaultRole").get("name").asString();
		Set<String> present = new HashSet<>();
		this.admin.get(REALM + "/roles/" + defaultRole + "/composites/realm")
			.forEach((role) -> present.add(role.get("name").asString()));
		for (JsonNode role : this.realmFile.get("roles").get("realm")) {
			if (defaultRole.equals(role.get("name").asString())) {
				for (JsonNode composite : role.get("composites").get("realm")) {
					if (!present.contains(composite.asString())) {
						this.admin.post(REALM + "/roles/" + defaultRole + "/composites",
								List.of(this.admin.get(REALM + "/roles/" + composite.asString())));
						log.info("Realm lse upgraded: every user now holds '{}'", composite.asString());
					}
				}
			}
		}
	}

	/**
	 * The realm-management roles the realm file gives a realm role as composites (an
	 * {@code lse-admin} manages LSE's staff with their own token).
	 */
	private void realmManagementComposites() {
		String realmManagement = null;
		for (JsonNode role : this.realmFile.get("roles").get("realm")) {
			JsonNode wanted = role.path("composites").path("client").path("realm-management");
			if (wanted.isMissingNode() || wanted.isEmpty()) {
				continue;
			}
			if (realmManagement == null) {
				realmManagement = this.admin.get(REALM + "/clients?clientId=realm-management")
					.get(0)
					.get("id")
					.asString();
			}
			String name = role.get("name").asString();
			String path = REALM + "/roles/" + name + "/composites";
			Set<String> present = new HashSet<>();
			this.admin.get(path + "/clients/" + realmManagement).forEach((r) -> present.add(r.get("name").asString()));
			for (JsonNode composite : wanted) {
				if (!present.contains(composite.asString())) {
					this.admin.post(path, List
						.of(this.admin.get(REALM + "/clients/" + realmManagement + "/roles/" + composite.asString())));
					log.info("Realm lse upgraded: '{}' now holds realm-management '{}'", name, composite.asString());
				}
			}
		}
	}

	private static JsonNode scope(JsonNode scopes) {
		for (JsonNode scope : scopes) {
			if ("organization".equals(scope.get("name").asString())) {
				return scope;
			}
		}
		throw new IllegalStateException("Realm lse has no client scope 'organization'");
	}

}
