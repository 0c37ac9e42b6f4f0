package nl.lse.platform.web;

import java.util.Map;
import java.util.Set;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LsePrincipal;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.tenancy.TenantContext;
import nl.lse.platform.tenancy.TenantId;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of a slice test ({@code @WebMvcTest} without the security filters and the
 * tenant gate, which the integration tests cover): who is authenticated and which
 * municipality was entered, on the test's thread (MockMvc runs the request on it).
 */
public final class SliceCaller implements AutoCloseable {

	private final TenantContext.Scope tenant;

	private SliceCaller(LseAuthentication caller, String tenant) {
		this.tenant = TenantContext.enter(TenantId.of(tenant));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((LsePrincipal) () -> caller, null,
					caller.authorities()));
	}

	/** A caller with a municipality role in {@code tenant}, inside {@code tenant}. */
	public static SliceCaller in(String tenant, String subject, LseRole role) {
		return new SliceCaller(
				new LseAuthentication(subject, subject, "Test " + subject, Set.of(), Map.of(tenant, Set.of(role))),
				tenant);
	}

	/** An LSE worker inside {@code tenant}. */
	public static SliceCaller lseWorker(String tenant, String subject) {
		return new SliceCaller(new LseAuthentication(subject, subject, "Test " + subject, Set.of(LseRole.LSE_WORKER),
				Map.of("lse", Set.of())), tenant);
	}

	/** The LSE coordinator inside {@code tenant}. */
	public static SliceCaller lseCoordinator(String tenant, String subject) {
		return new SliceCaller(new LseAuthentication(subject, subject, "Test " + subject,
				Set.of(LseRole.LSE_COORDINATOR), Map.of("lse", Set.of())), tenant);
	}

	@Override
	public void close() {
		SecurityContextHolder.clearContext();
		this.tenant.close();
	}

}
