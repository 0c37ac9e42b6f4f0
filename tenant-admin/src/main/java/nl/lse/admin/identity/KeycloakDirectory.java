package nl.lse.admin.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import nl.lse.keycloak.MunicipalityGroups;
import nl.lse.keycloak.ProvisioningPermissions;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Organizations, their municipality groups and their members in realm {@code lse}. Every
 * operation is idempotent and looks things up by their natural key first (an organization
 * by alias, a group by name, a user by e-mail): Keycloak ignores an id the client
 * supplies, so a retry that created again would duplicate.
 */
public class KeycloakDirectory {

	/**
	 * Required actions of a new municipal user: verify e-mail, choose a password, a
	 * second factor.
	 */
	public static final List<String> NEW_USER_ACTIONS = List.of("VERIFY_EMAIL", "UPDATE_PASSWORD", "CONFIGURE_TOTP");

	private final RealmResource realm;

	public KeycloakDirectory(RealmResource realm) {
		this.realm = realm;
	}

	/**
	 * Keycloak searches organizations by name or domain, not by alias: every organization
	 * of a municipality carries its code in its name or domain, so a search for the code
	 * finds it among a few, and the alias decides.
	 */
	public Optional<String> organizationByAlias(String alias) {
		return this.realm.organizations()
			.search(alias, false, 0, 100)
			.stream()
			.filter((organization) -> alias.equals(organization.getAlias()))
			.map(OrganizationRepresentation::getId)
			.findFirst();
	}

	/** The organization with this alias, created when missing; its id. */
	public String ensureOrganization(String alias, String name) {
		return organizationByAlias(alias).orElseGet(() -> {
			OrganizationRepresentation organization = new OrganizationRepresentation();
			organization.setAlias(alias);
			organization.setName(name + " (" + alias + ")");
			organization.setEnabled(true);
			OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
			domain.setName(alias + ".lse.invalid");
			organization.addDomain(domain);
			try (Response response = this.realm.organizations().create(organization)) {
				// 409: a concurrent run created it first; either way it is found below
				if (response.getStatus() != 201 && response.getStatus() != 409) {
					throw new WebApplicationException("Creating organization " + alias + " failed", response);
				}
			}
			return organizationByAlias(alias).orElseThrow();
		});
	}

	/**
	 * The municipality groups of an organization, each mapped to its municipality role;
	 * group name to id.
	 */
	public Map<String, String> ensureRoleGroups(String organizationId) {
		OrganizationResource organization = this.realm.organizations().get(organizationId);
		Map<String, String> ids = new LinkedHashMap<>();
		MunicipalityGroups.ROLE_BY_GROUP.forEach((name, role) -> {
			String id = group(organization, name).orElseGet(() -> {
				GroupRepresentation group = new GroupRepresentation();
				group.setName(name);
				try (Response response = organization.groups().addTopLevelGroup(group)) {
					if (response.getStatus() != 201 && response.getStatus() != 409) {
						throw new WebApplicationException("Creating group " + name + " failed", response);
					}
				}
				return group(organization, name).orElseThrow();
			});
			// the service account may not read the realm's roles, only map these three:
			// the
			// roles it may map and the group lacks are its "available" ones
			var mappings = organization.groups().group(id).roles().realmLevel();
			mappings.listAvailable()
				.stream()
				.filter((available) -> role.equals(available.getName()))
				.findFirst()
				.ifPresent((available) -> mappings.add(List.of(available)));
			if (mappings.listAll().stream().noneMatch((mapped) -> role.equals(mapped.getName()))) {
				throw new IllegalStateException("Group " + name + " could not be given role " + role);
			}
			ids.put(name, id);
		});
		return ids;
	}

	/**
	 * A municipal user by e-mail (also the user name), created when missing with the
	 * required actions of a first login; its id. A user who exists keeps their account.
	 */
	public String ensureUser(String email, String displayName) {
		Optional<String> existing = userByEmail(email);
		if (existing.isPresent()) {
			if (!isMunicipal(existing.get())) {
				throw new NotAMunicipalAccount(email);
			}
			return existing.get();
		}
		return createUser(email, displayName, List.of("/" + ProvisioningPermissions.MUNICIPAL_USERS));
	}

	/**
	 * An LSE staff account by e-mail, created when missing with the first-login actions
	 * and in no municipal group; its id. Only an administrator's own token may do this.
	 */
	public String ensureStaffUser(String email, String displayName) {
		Optional<String> existing = userByEmail(email);
		if (existing.isPresent() && isMunicipal(existing.get())) {
			// the service account may manage municipal users: never one who holds an LSE
			// role
			throw new IllegalStateException("Het account met e-mailadres " + email
					+ " is een gemeentelijk account; geef LSE-medewerkers een eigen account met een ander e-mailadres.");
		}
		return existing.orElseGet(() -> createUser(email, displayName, List.of()));
	}

	private boolean isMunicipal(String userId) {
		return this.realm.users()
			.get(userId)
			.groups()
			.stream()
			.anyMatch((group) -> ProvisioningPermissions.MUNICIPAL_USERS.equals(group.getName()));
	}

	private String createUser(String email, String displayName, List<String> groups) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(email);
		user.setEmail(email);
		String[] names = splitName(displayName);
		user.setFirstName(names[0]);
		user.setLastName(names[1]);
		user.setEnabled(true);
		user.setRequiredActions(NEW_USER_ACTIONS);
		// municipal users go into the only group the service account may manage
		user.setGroups(groups);
		try (Response response = this.realm.users().create(user)) {
			if (response.getStatus() != 201 && response.getStatus() != 409) {
				throw new WebApplicationException("Creating user " + email + " failed", response);
			}
		}
		return userByEmail(email)
			.orElseThrow(() -> new IllegalStateException("Er bestaat al een account met" + " gebruikersnaam " + email
					+ " en een ander e-mailadres; kies een ander adres of pas dat account aan."));
	}

	/**
	 * Gives the user the realm role and takes away the others of its family (one LSE-wide
	 * role at a time); only with an administrator's own token.
	 */
	public void setOnlyRealmRole(String userId, String role, List<String> family) {
		var mappings = this.realm.users().get(userId).roles().realmLevel();
		List<RoleRepresentation> others = mappings.listAll()
			.stream()
			.filter((mapped) -> family.contains(mapped.getName()) && !role.equals(mapped.getName()))
			.toList();
		if (!others.isEmpty()) {
			mappings.remove(others);
		}
		mappings.add(List.of(this.realm.roles().get(role).toRepresentation()));
	}

	/** Makes the user a member of the organization (a member already is: 409). */
	public void joinOrganization(String organizationId, String userId) {
		try (Response response = this.realm.organizations().get(organizationId).members().addMember(userId)) {
			if (response.getStatus() / 100 != 2 && response.getStatus() != 409) {
				throw new WebApplicationException("Adding member failed", response);
			}
		}
	}

	public Optional<String> userByEmail(String email) {
		return this.realm.users()
			.searchByEmail(email, true)
			.stream()
			.filter((user) -> email.equalsIgnoreCase(user.getEmail()))
			.map(UserRepresentation::getId)
			.findFirst();
	}

	/** Makes the user a member of the organization and of one of its groups. */
	public void join(String organizationId, String userId, String groupName) {
		OrganizationResource organization = this.realm.organizations().get(organizationId);
		joinOrganization(organizationId, userId);
		String groupId = group(organization, groupName).orElseThrow(
				() -> new IllegalStateException("Organization " + organizationId + " has no group " + groupName));
		try {
			organization.groups().group(groupId).addMember(userId);
		}
		catch (ClientErrorException ex) {
			// 409: already in the group (a re-run after a failure that came after this)
			if (ex.getResponse().getStatus() != 409) {
				throw ex;
			}
		}
	}

	/**
	 * Takes the user out of the organization, and so out of its groups; a user who is not
	 * a member is left as they are. Their account and other memberships stay.
	 */
	public void leave(String organizationId, String userId) {
		try (Response response = this.realm.organizations().get(organizationId).members().removeMember(userId)) {
			if (response.getStatus() / 100 != 2 && response.getStatus() != 404) {
				throw new WebApplicationException("Removing member failed", response);
			}
		}
	}

	/**
	 * The members of each municipality group of the organization: group name to members.
	 */
	public Map<String, List<MemberRepresentation>> membersByGroup(String organizationId) {
		OrganizationResource organization = this.realm.organizations().get(organizationId);
		Map<String, List<MemberRepresentation>> members = new LinkedHashMap<>();
		for (String name : MunicipalityGroups.ROLE_BY_GROUP.keySet()) {
			members.put(name,
					group(organization, name).map((id) -> organization.groups().group(id).getMembers(0, 1000, true))
						.orElse(List.of()));
		}
		return members;
	}

	/**
	 * Whether the user exists, is enabled and holds the realm role (directly or through
	 * groups).
	 */
	public boolean isEnabledWithRole(String userId, String role) {
		try {
			UserRepresentation user = this.realm.users().get(userId).toRepresentation();
			return Boolean.TRUE.equals(user.isEnabled()) && realmRoles(userId).contains(role);
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	/** The realm roles a user holds, directly or through groups. */
	public List<String> realmRoles(String userId) {
		return this.realm.users()
			.get(userId)
			.roles()
			.realmLevel()
			.listEffective()
			.stream()
			.map(RoleRepresentation::getName)
			.toList();
	}

	/** The names of the organization's groups the user is in, by group. */
	public Map<String, List<String>> memberIdsByGroup(String organizationId) {
		OrganizationResource organization = this.realm.organizations().get(organizationId);
		Map<String, List<String>> members = new LinkedHashMap<>();
		for (GroupRepresentation group : organization.groups().getAll(null, null, false, 0, 1000, true, false)) {
			members.put(group.getName(),
					organization.groups()
						.group(group.getId())
						.getMembers(0, 10000, true)
						.stream()
						.map(MemberRepresentation::getId)
						.toList());
		}
		return members;
	}

	/**
	 * Puts the user in the organization's group of that name (created when missing) and
	 * takes them out of the other groups whose names start with the same prefix: one team
	 * at a time.
	 */
	public void moveToGroup(String organizationId, String userId, String prefix, String groupName) {
		OrganizationResource organization = this.realm.organizations().get(organizationId);
		for (GroupRepresentation group : organization.groups().getAll(null, null, false, 0, 1000, true, false)) {
			if (group.getName().startsWith(prefix) && !group.getName().equals(groupName)) {
				try {
					organization.groups().group(group.getId()).removeMember(userId);
				}
				catch (NotFoundException ex) {
					// not in that team
				}
			}
		}
		if (group(organization, groupName).isEmpty()) {
			GroupRepresentation group = new GroupRepresentation();
			group.setName(groupName);
			try (Response response = organization.groups().addTopLevelGroup(group)) {
				if (response.getStatus() != 201 && response.getStatus() != 409) {
					throw new WebApplicationException("Creating group " + groupName + " failed", response);
				}
			}
		}
		join(organizationId, userId, groupName);
	}

	/** How many users are in each municipality group of the organization. */
	public Map<String, Integer> membersPerGroup(String organizationId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		membersByGroup(organizationId).forEach((group, members) -> counts.put(group, members.size()));
		return counts;
	}

	public List<MemberRepresentation> members(String organizationId) {
		return this.realm.organizations().get(organizationId).members().list(0, 1000);
	}

	private static Optional<String> group(OrganizationResource organization, String name) {
		try {
			return organization.groups()
				.getAll(name, null, true, 0, 10, true, false)
				.stream()
				.filter((group) -> name.equals(group.getName()))
				.map(GroupRepresentation::getId)
				.findFirst();
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A member's name as pages and directories show it: first and last name, else the
	 * user name.
	 */
	public static String displayName(MemberRepresentation member) {
		String name = ((member.getFirstName() != null) ? member.getFirstName() : "") + " "
				+ ((member.getLastName() != null) ? member.getLastName() : "");
		return name.isBlank() ? member.getUsername() : name.trim();
	}

	private static String[] splitName(String displayName) {
		String trimmed = displayName.trim();
		int space = trimmed.indexOf(' ');
		return (space < 0) ? new String[] { trimmed, trimmed }
				: new String[] { trimmed.substring(0, space), trimmed.substring(space + 1).trim() };
	}

}
