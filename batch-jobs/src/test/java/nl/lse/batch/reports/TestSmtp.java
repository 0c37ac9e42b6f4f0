package nl.lse.batch.reports;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server in process (GreenMail) on a free port, known before the Spring context
 * starts (its port goes into {@code spring.mail.port}).
 */
public final class TestSmtp {

	private TestSmtp() {
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static GreenMailExtension on(int port) {
		return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp"));
	}

}
