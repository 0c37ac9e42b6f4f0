package nl.lse.platform.web;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Makes the {@link SliceCaller} the principal of every request, as the security filters
 * the slice leaves out would: the page frame takes the caller from the request.
 */
class SlicePrincipal implements MockMvcBuilderCustomizer {

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.defaultRequest(get("/").with((request) -> {
			request.setUserPrincipal(SecurityContextHolder.getContext().getAuthentication());
			return request;
		}));
	}

}
