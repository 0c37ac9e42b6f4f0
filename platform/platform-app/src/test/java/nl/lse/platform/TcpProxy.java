package nl.lse.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on 127.0.0.1 in front of a local server, which a test can cut off (every
 * connection closed, new ones refused) and restore: Keycloak becoming unreachable without
 * stopping the shared Keycloak.
 */
public final class TcpProxy implements AutoCloseable {

	private final int targetPort;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	private final int port;

	private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();

	public TcpProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = this.server.getLocalPort();
		accept(this.server);
	}

	public int port() {
		return this.port;
	}

	/** How many connections went through so far. */
	public int accepted() {
		return this.accepted.get();
	}

	/** Keycloak is gone: open connections drop, new ones are refused. */
	public synchronized void cut() throws IOException {
		this.server.close();
		for (Socket socket : this.open) {
			socket.close();
		}
		this.open.clear();
	}

	public synchronized void restore() throws IOException {
		if (this.server.isClosed()) {
			this.server = new ServerSocket(this.port, 50, InetAddress.getLoopbackAddress());
			accept(this.server);
		}
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private void accept(ServerSocket listening) {
		Thread acceptor = new Thread(() -> {
			while (!listening.isClosed()) {
				try {
					Socket client = listening.accept();
					this.accepted.incrementAndGet();
					Socket target = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
					this.open.add(client);
					this.open.add(target);
					pump(client.getInputStream(), target.getOutputStream(), target);
					pump(target.getInputStream(), client.getOutputStream(), client);
				}
				catch (IOException ex) {
					// closed by cut(), or the target refused: the client sees a dropped
					// connection
				}
			}
		}, "tcp-proxy-" + this.port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private static void pump(InputStream from, OutputStream to, Socket closeWhenDone) {
		Thread pump = new Thread(() -> {
			try (closeWhenDone) {
				from.transferTo(to);
			}
			catch (IOException ex) {
				// one side closed
			}
		});
		pump.setDaemon(true);
		pump.start();
	}

}
