package nl.lse.platform.tenancy.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantCatalog;
import nl.lse.platform.tenancy.catalog.TenantDirectory;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review, item 7: a replica that cannot read the tenant catalog any more does
 * not keep its last view for ever (a tenant suspended meanwhile would stay open there):
 * after a set number of missed refreshes it answers 503 for every tenant until a refresh
 * works again. The catalog really becomes unreadable: its login loses the right to
 * connect.
 */
class TenantStatusFailsClosedIntegrationTests {

	TestDatabase database = TestDatabase.get();

	@Test
	void afterTooManyMissedRefreshesEveryTenantIsUnavailableUntilTheCatalogIsReadAgain() throws Exception {
		TenantId tenant = this.database.tenant("gm0521");
		String login = this.database.name() + "_catalog_reader";
		JdbcTemplate superuser = this.database.superuser();
		if (superuser.queryForObject("select count(*) from pg_roles where rolname = ?", Integer.class, login) == 0) {
			superuser.execute("create role " + login + " login password '" + login + "'");
			superuser.execute("grant usage on schema platform to " + login);
			superuser.execute("grant select on platform.tenant to " + login);
		}
		superuser.execute("grant connect on database " + this.database.name() + " to " + login);
		TenantCatalog catalog = new TenantCatalog(
				new JdbcTemplate(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
						new org.postgresql.Driver(), this.database.url(), login, login)));
		TenantDirectory directory = new TenantDirectory(catalog, Duration.ofHours(1), 2);
		TenantRequestFilter filter = new TenantRequestFilter((request) -> TenantDecision.enter(tenant), directory,
				(event) -> {
				});
		assertThat(status(filter)).as("the catalog is read: the tenant is open").isEqualTo(200);

		superuser.execute("revoke connect on database " + this.database.name() + " from " + login);
		directory.refresh();
		directory.refresh();
		assertThat(status(filter)).as("two missed refreshes are tolerated").isEqualTo(200);
		directory.refresh();
		assertThat(status(filter)).as("the third is one too many: fail closed").isEqualTo(503);

		superuser.execute("grant connect on database " + this.database.name() + " to " + login);
		directory.refresh();
		assertThat(status(filter)).as("read again: open again").isEqualTo(200);
	}

	private static int status(TenantRequestFilter filter) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/t/gm0521/");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicBoolean passed = new AtomicBoolean();
		filter.doFilter(request, response, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
				passed.set(true);
			}
		});
		return passed.get() ? 200 : response.getStatus();
	}

}
