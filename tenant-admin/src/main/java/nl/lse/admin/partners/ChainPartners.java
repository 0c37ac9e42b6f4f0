package nl.lse.admin.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.lse.admin.audit.AdminLog;
import nl.lse.admin.identity.KeycloakDirectory;
import nl.lse.platform.partners.PartnerAffiliations;
import nl.lse.platform.partners.PartnerOrganisation;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.provisioning.TenantOwnerWork;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;

/**
 * The registry of partner organisations, their links to the municipalities they serve,
 * and their users. Linking and affiliating write the municipality's own records (its
 * schema, as its owner: {@link TenantOwnerWork}); inviting puts the user into the
 * municipality's {@code ketenpartners} group in Keycloak. A user who serves several
 * municipalities is invited into each; taking them out of one ({@code MunicipalUsers})
 * leaves the others as they are.
 */
public class ChainPartners {

	/**
	 * The group of a municipality's organization whose members are its chain partners.
	 */
	static final String GROUP = "ketenpartners";

	/** A row of {@code platform.partner_organisation}. */
	private static final RowMapper<PartnerOrganisation> ORGANISATION = (rs,
			row) -> new PartnerOrganisation(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"));

	private final JdbcOperations admin;

	private final TenantCatalog catalog;

	private final TenantOwnerWork owner;

	private final KeycloakDirectory keycloak;

	private final AdminLog log;

	public ChainPartners(JdbcOperations admin, TenantCatalog catalog, TenantOwnerWork owner, KeycloakDirectory keycloak,
			AdminLog log) {
		this.admin = admin;
		this.catalog = catalog;
		this.owner = owner;
		this.keycloak = keycloak;
		this.log = log;
	}

	public List<PartnerOrganisation> registry() {
		return this.admin.query("select id, name, kind from platform.partner_organisation order by name", ORGANISATION);
	}

	/** Registers the organisation, or finds it by name; the registry's entry. */
	public PartnerOrganisation register(NewPartner partner, String by) {
		this.admin.update("insert into platform.partner_organisation (name, kind) values (?, ?)"
				+ " on conflict (name) do nothing", partner.name(), partner.kind().name());
		PartnerOrganisation registered = this.admin.queryForObject(
				"select id, name, kind from platform.partner_organisation where name = ?", ORGANISATION,
				partner.name());
		this.log.record(by, "PARTNER_REGISTERED", null, partner.name(), AdminLog.Outcome.OK, partner.kind().name());
		return registered;
	}

	public Optional<PartnerOrganisation> find(UUID id) {
		return this.admin
			.query("select id, name, kind from platform.partner_organisation where id = ?", ORGANISATION, id)
			.stream()
			.findFirst();
	}

	/**
	 * The organisations the municipality works with; empty when there is no such
	 * municipality.
	 */
	public Optional<List<PartnerOrganisation>> linked(String code) {
		return tenant(
				code)
			.map((tenant) -> this.owner
				.run(tenant,
						(jdbc) -> jdbc.queryForList("select partner_organisation_id from partner_link", UUID.class))
				.stream()
				.flatMap((id) -> find(id).stream())
				.toList());
	}

	/**
	 * Links the organisation to the municipality (once; again is nothing).
	 * @return whether both exist
	 */
	public boolean link(String code, UUID organisation, String by) {
		Optional<TenantId> tenant = tenant(code);
		Optional<PartnerOrganisation> found = find(organisation);
		if (tenant.isEmpty() || found.isEmpty()) {
			return false;
		}
		this.owner.run(tenant.get(),
				(jdbc) -> jdbc.update("insert into partner_link (partner_organisation_id, recorded_by) values (?, ?)"
						+ " on conflict do nothing", organisation, by));
		this.log.record(by, "PARTNER_LINKED", code, organisation.toString(), AdminLog.Outcome.OK, found.get().name());
		return true;
	}

	/**
	 * Invites a person of a linked organisation into the municipality: an account (reused
	 * when the e-mail exists), membership and the chain-partner group, and the
	 * affiliation with the organisation from {@code since} (today when left out).
	 * @return their user id, or empty when the municipality or organisation does not
	 * exist
	 * @throws NotLinked when the organisation does not serve the municipality
	 */
	public Optional<String> invite(String code, UUID organisation, PartnerUser user, String by) {
		Optional<TenantId> tenant = tenant(code);
		Optional<String> organization = tenant.flatMap((t) -> this.keycloak.organizationByAlias(code));
		Optional<PartnerOrganisation> found = find(organisation);
		if (tenant.isEmpty() || organization.isEmpty() || found.isEmpty()) {
			return Optional.empty();
		}
		boolean linked = this.owner.run(tenant.get(),
				(jdbc) -> Boolean.TRUE.equals(jdbc.queryForObject(
						"select exists (select 1 from partner_link where partner_organisation_id = ?)", Boolean.class,
						organisation)));
		if (!linked) {
			throw new NotLinked("Deze organisatie is niet aan gemeente " + code + " gekoppeld.");
		}
		String id = this.keycloak.ensureUser(user.email(), user.name());
		this.keycloak.join(organization.get(), id, GROUP);
		LocalDate since = (user.since() != null) ? user.since() : LocalDate.now();
		this.owner.run(tenant.get(), (jdbc) -> {
			PartnerAffiliations.writeIn(jdbc, id, organisation, since, by);
			return null;
		});
		this.log.record(by, "PARTNER_USER_INVITED", code, user.email(), AdminLog.Outcome.OK,
				found.get().name() + " vanaf " + since);
		return Optional.of(id);
	}

	private Optional<TenantId> tenant(String code) {
		if (!TenantId.isValid(code)) {
			return Optional.empty();
		}
		TenantId tenant = TenantId.of(code);
		return this.catalog.find(tenant).map((found) -> tenant);
	}

}
