package nl.lse.platform.audit;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SourceAddressesTests {

	@Test
	void ignoresForwardedForWithoutTrustedProxies() {
		assertThat(new SourceAddresses(List.of()).of(request("10.0.0.5", "198.51.100.7"))).isEqualTo("10.0.0.5");
	}

	@Test
	void believesATrustedProxyUpToTheFirstUntrustedHop() {
		SourceAddresses addresses = new SourceAddresses(List.of("10.0.0.0/8"));
		assertThat(addresses.of(request("10.0.0.5", "203.0.113.9, 198.51.100.7, 10.2.3.4"))).isEqualTo("198.51.100.7");
	}

	@Test
	void aSpoofedHeaderBehindATrustedProxyStopsAtTheProxysOwnPeer() {
		SourceAddresses addresses = new SourceAddresses(List.of("10.0.0.5"));
		// the client wrote "1.2.3.4" itself; the proxy appended the client's real address
		assertThat(addresses.of(request("10.0.0.5", "1.2.3.4, 198.51.100.7"))).isEqualTo("198.51.100.7");
	}

	@Test
	void garbageInTheHeaderFallsBackToThePeer() {
		SourceAddresses addresses = new SourceAddresses(List.of("10.0.0.5"));
		assertThat(addresses.of(request("10.0.0.5", "evil.example, <script>"))).isEqualTo("10.0.0.5");
	}

	private static MockHttpServletRequest request(String remote, String forwarded) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(remote);
		request.addHeader("X-Forwarded-For", forwarded);
		return request;
	}

}
