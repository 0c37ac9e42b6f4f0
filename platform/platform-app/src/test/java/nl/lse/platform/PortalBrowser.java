package nl.lse.platform;

import java.net.URI;

import nl.lse.platform.testing.HttpBrowser;

/** The portal through plain HTTP and the real Keycloak login ({@link HttpBrowser}). */
public final class PortalBrowser extends HttpBrowser {

	public PortalBrowser() {
		super("http://localhost:" + TestKeycloak.PORTAL_PORT);
	}

	@Override
	protected String accept(URI uri) {
		return uri.getPath().equals("/me") ? "application/json" : "text/html";
	}

}
