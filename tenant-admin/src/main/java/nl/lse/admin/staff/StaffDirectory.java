package nl.lse.admin.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.lse.admin.identity.AdministratorKeycloak;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.keycloak.MunicipalityGroups;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import org.jspecify.annotations.Nullable;
import org.keycloak.representations.idm.MemberRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Keeps {@code platform.lse_staff} and {@code platform.municipal_contact} in step with
 * Keycloak. LSE staff are the members of the {@code lse} organization, with their
 * LSE-wide role and their team (a group {@code team-<region>} of that organization);
 * people who left stay as inactive rows, because assignments and the access log name
 * them. A municipality's contacts are the e-mail addresses of its role groups' members,
 * replaced at every sync.
 */
public class StaffDirectory {

	static final String LSE = "lse";

	static final String TEAM_PREFIX = "team-";

	private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

	private final KeycloakDirectory keycloak;

	private final TenantCatalog catalog;

	private final JdbcOperations admin;

	private final TransactionOperations transactions;

	private final AdministratorKeycloak administrators;

	public StaffDirectory(KeycloakDirectory keycloak, AdministratorKeycloak administrators, TenantCatalog catalog,
			JdbcOperations admin, TransactionOperations transactions) {
		this.keycloak = keycloak;
		this.administrators = administrators;
		this.catalog = catalog;
		this.admin = admin;
		this.transactions = transactions;
	}

	/** One sync of both directories; what it found. */
	public Sync sync() {
		Instant started = Instant.now();
		int staff = syncStaff(started);
		int contacts = 0;
		for (Tenant tenant : this.catalog.municipalities()) {
			contacts += syncContacts(tenant.id().code());
		}
		log.info("Staff directory in step with Keycloak: {} LSE staff, {} municipal contacts", staff, contacts);
		return new Sync(staff, contacts);
	}

	/**
	 * Moves an LSE staff member to a team (region), in Keycloak with the administrator's
	 * own token (the service account may not touch LSE's staff); empty when they are not
	 * LSE staff.
	 */
	public Optional<String> assignTeam(String userId, String team, String administratorToken) {
		Optional<String> lse = this.keycloak.organizationByAlias(LSE);
		if (lse.isEmpty() || this.keycloak.members(lse.get()).stream().noneMatch((m) -> m.getId().equals(userId))) {
			return Optional.empty();
		}
		this.administrators.as(administratorToken, (keycloak) -> {
			keycloak.moveToGroup(lse.get(), userId, TEAM_PREFIX, TEAM_PREFIX + team);
			return team;
		});
		this.admin.update("update platform.lse_staff set team = ? where subject = ?", team, userId);
		return Optional.of(team);
	}

	public List<StaffMember> staff() {
		return this.admin.query("""
				select subject, display_name, email, role, team, active from platform.lse_staff
				order by active desc, display_name, subject""",
				(rs, row) -> new StaffMember(rs.getString("subject"), rs.getString("display_name"),
						rs.getString("email"), rs.getString("role"), rs.getString("team"), rs.getBoolean("active")));
	}

	private int syncStaff(Instant started) {
		Optional<String> lse = this.keycloak.organizationByAlias(LSE);
		if (lse.isEmpty()) {
			return 0;
		}
		Map<String, String> teams = new HashMap<>();
		this.keycloak.memberIdsByGroup(lse.get()).forEach((group, members) -> {
			if (group.startsWith(TEAM_PREFIX)) {
				members.forEach((member) -> teams.put(member, group.substring(TEAM_PREFIX.length())));
			}
		});
		int count = 0;
		for (MemberRepresentation member : this.keycloak.members(lse.get())) {
			String role = lseRole(this.keycloak.realmRoles(member.getId()));
			if (role == null) {
				continue;
			}
			this.admin.update("""
					insert into platform.lse_staff (subject, display_name, email, role, team, active, synced_at)
					values (?, ?, ?, ?, ?, true, ?)
					on conflict (subject) do update set display_name = excluded.display_name, email = excluded.email,
					role = excluded.role, team = excluded.team, active = true, synced_at = excluded.synced_at""",
					member.getId(), KeycloakDirectory.displayName(member), member.getEmail(), role,
					teams.get(member.getId()), Timestamp.from(started));
			count++;
		}
		this.admin.update("update platform.lse_staff set active = false where role is not null"
				+ " and (synced_at is null or synced_at < ?)", Timestamp.from(started));
		return count;
	}

	/** Brings LSE's staff directory (only) in step with Keycloak now; how many. */
	public int syncStaff() {
		return syncStaff(Instant.now());
	}

	/**
	 * Brings one municipality's contacts in step with Keycloak now (after a change made
	 * for its case director); how many.
	 */
	public int syncMunicipality(String code) {
		return syncContacts(code);
	}

	private int syncContacts(String code) {
		Optional<String> organization = this.keycloak.organizationByAlias(code);
		if (organization.isEmpty()) {
			return 0;
		}
		List<Object[]> rows = new ArrayList<>();
		this.keycloak.membersByGroup(organization.get()).forEach((group, members) -> {
			String role = MunicipalityGroups.ROLE_BY_GROUP.get(group);
			for (MemberRepresentation member : members) {
				if (role != null && member.getEmail() != null) {
					rows.add(new Object[] { code, member.getId(), member.getEmail(), role });
				}
			}
		});
		this.transactions.executeWithoutResult((status) -> {
			this.admin.update("delete from platform.municipal_contact where tenant_code = ?", code);
			this.admin.batchUpdate("insert into platform.municipal_contact (tenant_code, subject, email, role)"
					+ " values (?, ?, ?, ?) on conflict do nothing", rows);
		});
		return rows.size();
	}

	/** The highest LSE-wide role among the realm roles, as the directory names it. */
	static @Nullable String lseRole(List<String> realmRoles) {
		for (LseRole role : List.of(LseRole.LSE_ADMIN, LseRole.LSE_MANAGEMENT, LseRole.LSE_COORDINATOR,
				LseRole.LSE_WORKER)) {
			if (realmRoles.contains(role.realmRole())) {
				return role.realmRole();
			}
		}
		return null;
	}

	/** What one sync found. */
	public record Sync(int staff, int contacts) {
	}

	/** A person in LSE's staff directory. */
	public record StaffMember(String id, String name, @Nullable String email, @Nullable String role,
			@Nullable String team, boolean active) {
	}

}
