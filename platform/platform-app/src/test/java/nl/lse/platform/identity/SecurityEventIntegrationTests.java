package nl.lse.platform.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.lse.platform.PlatformIntegrationTest;
import nl.lse.platform.TestKeycloak;
import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.TenantDirectory;
import nl.lse.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Denials before a tenant is entered are security events in {@code platform}, with who
 * asked, for which tenant and why; an anonymous 401 is not.
 */
class SecurityEventIntegrationTests extends PlatformIntegrationTest {

	@Autowired
	TenantDirectory directory;

	@Test
	void aNonMemberIsRecordedWithTheTenantAndWhy() throws Exception {
		Instant before = now();
		assertThat(get("/api/v1/tenants/gm0599", TestKeycloak.accessToken("cd.amsterdam")).statusCode()).isEqualTo(404);
		assertThat(eventsSince(before)).singleElement()
			.satisfies((event) -> assertThat(event).containsEntry("tenant_code", "gm0599")
				.containsEntry("reason", "NOT_ADMITTED")
				.containsEntry("outcome", "NOT_FOUND")
				.containsEntry("action", "DENY")
				.containsEntry("subject_role", "case-director")
				.containsEntry("organisation", "gm0363")
				.containsEntry("client_id", "lse-demo-cli")
				.containsEntry("address", "127.0.0.1"));
	}

	@Test
	void anUnknownTenantAndAnInvalidAddressAreRecordedToo() throws Exception {
		Instant before = now();
		String worker = TestKeycloak.accessToken("lse.worker");
		assertThat(get("/api/v1/tenants/gm9998", worker).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/tenants/GM0363", worker).statusCode()).isEqualTo(404);
		assertThat(eventsSince(before)).extracting((event) -> event.get("reason") + "/" + event.get("tenant_code"))
			.containsExactly("NOT_OPEN/gm9998", "INVALID_ADDRESS/null");
		assertThat(eventsSince(before)).allSatisfy((event) -> assertThat(event).containsEntry("organisation", "lse"));
	}

	@Test
	void aSuspendedTenantIsRecorded() throws Exception {
		TenantId suspended = TestDatabase.get().tenant("gm0611");
		TestDatabase.get()
			.superuser()
			.update("update platform.tenant set status = 'SUSPENDED' where code = ?", suspended.code());
		this.directory.refresh();
		Instant before = now();
		assertThat(get("/api/v1/tenants/gm0611", TestKeycloak.accessToken("lse.coordinator")).statusCode())
			.isEqualTo(403);
		assertThat(eventsSince(before)).singleElement()
			.satisfies((event) -> assertThat(event).containsEntry("reason", "SUSPENDED")
				.containsEntry("outcome", "DENIED")
				.containsEntry("subject_role", "lse-coordinator"));
	}

	@Test
	void anAnonymousRequestIsNotASecurityEvent() throws Exception {
		Instant before = now();
		assertThat(get("/api/v1/tenants/gm0599", null).statusCode()).isEqualTo(401);
		assertThat(eventsSince(before)).isEmpty();
	}

	private static Instant now() {
		return TestDatabase.get().superuser().queryForObject("select clock_timestamp()", Instant.class);
	}

	private static List<Map<String, Object>> eventsSince(Instant since) {
		return TestDatabase.get()
			.superuser()
			.queryForList("select *, host(source_address) as address from platform.security_event"
					+ " where occurred_at > ? order by occurred_at", java.sql.Timestamp.from(since));
	}

}
