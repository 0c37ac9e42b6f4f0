package nl.lse.platform.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.lse.platform.audit.AuditAction;
import nl.lse.platform.audit.AuditEvent;
import nl.lse.platform.audit.AuditObject;
import nl.lse.platform.audit.AuditTrail;
import nl.lse.platform.casework.Caller;
import nl.lse.platform.casework.RuleViolation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Honours an {@code Idempotency-Key} on creates: the first response to a key is kept (in
 * the tenant, per caller) and a repeat of the same request gets the same response without
 * creating anything again; the same key with a different request is refused. Without a
 * key a create simply runs.
 */
@Component
public class Idempotency {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	Idempotency(JdbcTemplate jdbc, JsonMapper json, PlatformTransactionManager transactionManager, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
	}

	/** What a replayed response shows, recorded as a read each time it is replayed. */
	public static AuditEvent shown(AuditObject objectKind, UUID objectId, @Nullable UUID caseId) {
		return AuditEvent.of(AuditAction.READ, objectKind, objectId, caseId);
	}

	public <T> ResponseEntity<?> create(@Nullable String key, String operation, Object request,
			Supplier<Created<T>> work) {
		if (key == null) {
			Created<T> created = this.transactions.execute((status) -> work.get());
			return ResponseEntity.created(created.location()).body(created.body());
		}
		if (key.isBlank() || key.length() > 200) {
			throw new RuleViolation("Idempotency-Key", "De Idempotency-Key moet 1 tot 200 tekens lang zijn.");
		}
		String subject = Caller.current().subject().value();
		String fingerprint = fingerprint(operation, request);
		try {
			return this.transactions.execute((status) -> replay(subject, key, fingerprint).orElseGet(() -> {
				Created<T> created = work.get();
				String body = this.json.writeValueAsString(created.body());
				this.jdbc.update(
						"insert into idempotent_request (subject, key, fingerprint, status, location, body, object_kind,"
								+ " object_id, case_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
						subject, key, fingerprint, HttpStatus.CREATED.value(), created.location().toString(), body,
						String.valueOf(created.shown().objectKind()), created.shown().objectId(),
						created.shown().caseId());
				return ResponseEntity.created(created.location()).body(created.body());
			}));
		}
		catch (DuplicateKeyException ex) {
			// the same request ran at the same time and won; answer as it did
			return this.transactions.execute((status) -> replay(subject, key, fingerprint).orElseThrow(() -> ex));
		}
	}

	private java.util.Optional<ResponseEntity<?>> replay(String subject, String key, String fingerprint) {
		List<ResponseEntity<?>> stored = this.jdbc
			.query("select * from idempotent_request where subject = ? and key = ?", (rs, row) -> {
				if (!fingerprint.equals(rs.getString("fingerprint"))) {
					throw new RuleViolation("Idempotency-Key",
							"Deze Idempotency-Key is al gebruikt voor een andere aanvraag.");
				}
				this.audit.record(shown(AuditObject.valueOf(rs.getString("object_kind")),
						rs.getObject("object_id", UUID.class), rs.getObject("case_id", UUID.class)));
				return ResponseEntity.status(rs.getInt("status"))
					.location(URI.create(rs.getString("location")))
					.contentType(MediaType.APPLICATION_JSON)
					.body(rs.getString("body"));
			}, subject, key);
		return stored.stream().findFirst();
	}

	private String fingerprint(String operation, Object request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(operation.getBytes(StandardCharsets.UTF_8));
			digest.update(this.json.writeValueAsBytes(request));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a create made: where it lives and what to answer. */
	public record Created<T>(URI location, T body, AuditEvent shown) {
	}

}
