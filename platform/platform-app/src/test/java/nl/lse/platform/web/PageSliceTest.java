package nl.lse.platform.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;

import nl.lse.platform.tenancy.TenantId;
import nl.lse.platform.tenancy.catalog.Tenant;
import nl.lse.platform.tenancy.catalog.TenantStatus;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What every page slice needs: the collaborators of {@link SliceTest}, an open
 * municipality for the page frame, and ways to read a rendered page: its heading, the
 * forms it offers, and the Dutch error page a refusal ends on.
 */
public abstract class PageSliceTest extends SliceTest {

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>");

	private static final Pattern POST = Pattern.compile("method=\"post\"");

	private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

	private static final Map<String, String> NAMES = Map.of("gm0363", "Amsterdam", "gm0599", "Rotterdam");

	@BeforeEach
	void municipalitiesAreOpen() {
		given(this.directory.find(any())).willAnswer((call) -> {
			TenantId id = call.getArgument(0);
			return Optional.of(new Tenant(id, NAMES.getOrDefault(id.code(), id.code()), TenantStatus.ACTIVE, "1", false,
					null, Instant.EPOCH, Instant.EPOCH));
		});
	}

	/** The page's main heading, in Dutch. */
	protected static ResultMatcher heading(String text) {
		return (result) -> assertThat(page(result)).contains("<h1 class=\"utrecht-heading-1\">" + text + "</h1>");
	}

	/**
	 * The page offers exactly these forms that change something (POST), by address, each
	 * as often as given; the header's logout is on every page and not counted.
	 */
	protected static ResultMatcher postsExactlyTo(String... addresses) {
		return (result) -> assertThat(postsTo(page(result)))
			.containsExactlyInAnyOrderElementsOf(Arrays.asList(addresses));
	}

	/**
	 * A refusal answered with {@code sendError} shows nothing of the record, and the
	 * servlet container then shows the Dutch error page with this title (MockMvc stops at
	 * the status, so the error dispatch is made here).
	 */
	protected ResultMatcher errorPage(String title) {
		return (result) -> {
			assertThat(result.getResponse().getContentAsString()).isEmpty();
			MvcResult error = this.mvc
				.perform(get("/error").accept(MediaType.TEXT_HTML)
					.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, result.getResponse().getStatus())
					.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, result.getRequest().getRequestURI()))
				.andReturn();
			assertThat(error.getResponse().getStatus()).isEqualTo(result.getResponse().getStatus());
			assertThat(page(error)).contains("<h1 class=\"utrecht-heading-1\">" + title + "</h1>");
		};
	}

	/** The rendered page. */
	protected static String page(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	private static List<String> postsTo(String page) {
		List<String> addresses = new ArrayList<>();
		Matcher form = FORM.matcher(page);
		while (form.find()) {
			Matcher action = ACTION.matcher(form.group());
			if (POST.matcher(form.group()).find() && action.find() && !"/logout".equals(action.group(1))) {
				addresses.add(action.group(1));
			}
		}
		return addresses;
	}

}
