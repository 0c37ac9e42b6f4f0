package nl.lse.platform.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import nl.lse.platform.tenancy.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain over a tenant's audit events: {@code h(n) = SHA-256(h(n-1) || event n)},
 * where the event is every stored field, length-prefixed in a fixed order, and
 * {@code h(0)} is derived from the tenant code so that a chain cannot be moved to another
 * tenant.
 */
final class ChainHash {

	private ChainHash() {
	}

	static byte[] genesis(TenantId tenant) {
		MessageDigest digest = sha256();
		digest.update(("lse-audit-chain:" + tenant.code()).getBytes(StandardCharsets.UTF_8));
		return digest.digest();
	}

	static byte[] next(byte[] previous, StoredEvent event) {
		MessageDigest digest = sha256();
		digest.update(previous);
		digest.update(canonical(event));
		return digest.digest();
	}

	static byte[] canonical(StoredEvent event) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeLong(event.seq());
			field(out, event.id());
			field(out, event.tx());
			out.writeLong(ChronoUnit.MICROS.between(java.time.Instant.EPOCH, event.occurredAt()));
			field(out, event.action());
			field(out, event.outcome());
			field(out, event.subjectId());
			field(out, event.subjectName());
			field(out, event.subjectRole());
			field(out, event.organisation());
			field(out, event.objectKind());
			field(out, event.objectId());
			field(out, event.caseId());
			out.writeInt(event.listedCaseIds().size());
			for (UUID listed : event.listedCaseIds()) {
				field(out, listed);
			}
			field(out, event.purpose());
			field(out, event.clientId());
			field(out, event.sourceAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void field(DataOutputStream out, @Nullable Object value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
		out.writeInt(text.length);
		out.write(text);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
