package nl.lse.platform.identity;

import java.sql.Timestamp;
import java.time.Instant;

import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Users taken out of a municipality by tenant-admin
 * ({@code platform.membership_revocation}): a token issued before the removal still names
 * the municipality until it is refreshed, and the tenant gate asks here so that the
 * removal counts from the next request.
 */
public class MembershipRevocations {

	private static final String REVOKED = """
			select exists (select 1 from platform.membership_revocation
			where subject_id = ? and tenant_code = ? and revoked_at >= ?)""";

	/** How far the clocks of Keycloak and PostgreSQL may differ, with iat's rounding. */
	static final java.time.Duration CLOCK_MARGIN = java.time.Duration.ofSeconds(30);

	private final JdbcOperations jdbc;

	public MembershipRevocations(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the caller was taken out of the tenant after their token was issued (or at
	 * all, when the token's issue time is unknown).
	 */
	public boolean revoked(LseAuthentication caller, TenantId tenant, @Nullable Instant tokenSignedAt) {
		// iat is in whole seconds and on Keycloak's clock, revoked_at on the database's:
		// a
		// token signed up to a margin after the removal still counts as signed before it
		Instant since = (tokenSignedAt != null) ? tokenSignedAt.minus(CLOCK_MARGIN) : Instant.EPOCH;
		return Boolean.TRUE.equals(this.jdbc.queryForObject(REVOKED, Boolean.class, caller.subject(), tenant.code(),
				Timestamp.from(since)));
	}

	/** The {@code iat} of the caller's token, if the authentication says. */
	public static @Nullable Instant tokenSignedAt(@Nullable Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return jwt.getToken().getIssuedAt();
		}
		if (authentication != null && authentication.getPrincipal() instanceof LsePrincipal principal) {
			return principal.tokenSignedAt();
		}
		return null;
	}

}
