package nl.lse.platform.audit;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.util.StringUtils;

/**
 * The caller's address for the audit trail. {@code X-Forwarded-For} is believed only when
 * the connection comes from a configured trusted proxy, and then only up to the first hop
 * that is not itself trusted; by default no proxy is trusted and the header is ignored,
 * so a client cannot write its own address into the log.
 */
class SourceAddresses {

	private final List<IpAddressMatcher> trustedProxies;

	SourceAddresses(List<String> trustedProxies) {
		this.trustedProxies = trustedProxies.stream().map(IpAddressMatcher::new).toList();
	}

	@Nullable String of(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		if (remote == null || !trusted(remote)) {
			return remote;
		}
		String forwarded = request.getHeader("X-Forwarded-For");
		if (!StringUtils.hasText(forwarded)) {
			return remote;
		}
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].trim();
			if (!isAddress(hop)) {
				return remote;
			}
			if (!trusted(hop)) {
				return hop;
			}
		}
		return remote;
	}

	private boolean trusted(String address) {
		return isAddress(address) && this.trustedProxies.stream().anyMatch((proxy) -> proxy.matches(address));
	}

	/**
	 * Literal IPv4 or IPv6 only (an IPv6 literal always holds a colon): nothing that
	 * would make the JDK resolve a name.
	 */
	private static boolean isAddress(String value) {
		return value.length() <= 45 && (value.matches("\\d{1,3}(\\.\\d{1,3}){3}")
				|| (value.contains(":") && value.matches("[0-9a-fA-F:.]{2,45}")));
	}

}
