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

	private final JdbcOperations jdbc;

	public MembershipRevocations(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the caller was taken out of the tenant after their token was issued (or at
	 * all, when the token's issue time is unknown).
	 */
	public boolean revoked(LseAuthentication caller, TenantId tenant, @Nullable Instant tokenIssuedAt) {
		Instant since = (tokenIssuedAt != null) ? tokenIssuedAt : Instant.EPOCH;
		return Boolean.TRUE.equals(this.jdbc.queryForObject(REVOKED, Boolean.class, caller.subject(), tenant.code(),
				Timestamp.from(since)));
	}

	/** When the caller's token was issued, if the authentication says. */
	public static @Nullable Instant tokenIssuedAt(@Nullable Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return jwt.getToken().getIssuedAt();
		}
		if (authentication != null && authentication.getPrincipal() instanceof LsePrincipal principal) {
			return principal.tokenIssuedAt();
		}
		return null;
	}

}
