-- The runtime no longer writes the seal store itself: it seals and records verifications
-- through the functions in schema "sealing" (db/bootstrap/sealing-functions.sql), which run
-- as ${sealer_role} and keep the chain append-only and its findings sticky.
grant usage on schema platform to ${sealer_role};
revoke insert, update on audit_chain from ${app_role};
revoke insert on audit_seal from ${app_role};
grant select, insert, update (position, head_hash, last_tx, last_seq, sealed_at, verified_at, verification_findings)
	on audit_chain to ${sealer_role};
grant select, insert on audit_seal to ${sealer_role};
