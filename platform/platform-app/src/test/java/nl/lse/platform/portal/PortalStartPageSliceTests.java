package nl.lse.platform.portal;

import java.util.Map;
import java.util.Set;

import nl.lse.platform.identity.LseAuthentication;
import nl.lse.platform.identity.LsePrincipal;
import nl.lse.platform.identity.LseRole;
import nl.lse.platform.web.PageSlice;
import nl.lse.platform.web.PageSliceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where a signed-in user lands: in their first municipality; an LSE administrator in LSE
 * beheer; other LSE staff on the start page.
 */
@PageSlice(PortalController.class)
@TestPropertySource(properties = "lse.portal.admin-url=https://beheer.lse.example")
class PortalStartPageSliceTests extends PageSliceTest {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anLseAdministratorLandsInLseBeheer() throws Exception {
		signIn(Set.of(LseRole.LSE_ADMIN), Map.of("lse", Set.of()));
		this.mvc.perform(get("/")).andExpect(redirectedUrl("https://beheer.lse.example/"));
	}

	@Test
	void aCaseDirectorLandsInTheirMunicipality() throws Exception {
		signIn(Set.of(), Map.of("gm0363", Set.of(LseRole.CASE_DIRECTOR)));
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/t/gm0363/"));
	}

	@Test
	void aManagerLandsOnTheReports() throws Exception {
		signIn(Set.of(LseRole.LSE_MANAGEMENT), Map.of("lse", Set.of()));
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reports"));
	}

	private static void signIn(Set<LseRole> roles, Map<String, Set<LseRole>> memberships) {
		LseAuthentication caller = new LseAuthentication("lse-1", "lse-1", "Test lse-1", roles, memberships);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((LsePrincipal) () -> caller, null,
					caller.authorities()));
	}

}
