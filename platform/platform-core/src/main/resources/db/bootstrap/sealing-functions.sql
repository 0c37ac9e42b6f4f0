-- The only way into the seal store: functions in schema "sealing", owned by <prefix>_sealer
-- (NOLOGIN), executable only by <prefix>_app. The runtime may read platform.audit_chain and
-- platform.audit_seal but not write them (platform migration V9); these functions write them
-- and keep the rules a compromised app would like to break:
--  * seals are appended right after the head, never at another position;
--  * the head only moves forward, never past a transaction that may still commit;
--  * the first hash of a chain is derived here from the tenant code, not given by the caller;
--  * a verification finding stays until an operator clears it: a later, cleaner report
--    cannot lower the stored count.
-- The hashes themselves are the caller's: the verifier recomputes every one of them from the
-- events, so a wrong hash is found, not hidden. Installed like the provisioning functions:
-- in one transaction, while the session has SET ROLE to the sealer.

create or replace function sealing.append_seals(p_tenant text, p_after bigint, p_event_ids uuid[],
		p_hashes bytea, p_last_tx xid8, p_last_seq bigint) returns bigint
language plpgsql security definer set search_path = pg_catalog, pg_temp as $fn$
declare
	v_count integer := coalesce(cardinality(p_event_ids), 0);
	v_position bigint;
	v_last_tx xid8;
	v_last_seq bigint;
begin
	if p_tenant is null or p_tenant !~ '^(gm[0-9]{4}|lse)$' then
		raise exception 'invalid tenant code: %', p_tenant using errcode = '22023';
	end if;
	if v_count = 0 or p_hashes is null or length(p_hashes) <> 32 * v_count or array_position(p_event_ids, null) is not null then
		raise exception 'one 32-byte hash per event is required' using errcode = '22023';
	end if;
	if p_last_tx is null or p_last_seq is null then
		raise exception 'the new head needs the (tx, seq) of its last event' using errcode = '22023';
	end if;
	if p_last_tx >= pg_snapshot_xmin(pg_current_snapshot()) then
		raise exception 'the head of % may not pass a transaction that can still commit', p_tenant
			using errcode = '22023';
	end if;
	insert into platform.audit_chain (tenant_code, head_hash)
		values (p_tenant, sha256(convert_to('lse-audit-chain:' || p_tenant, 'UTF8')))
		on conflict do nothing;
	select position, last_tx, last_seq into v_position, v_last_tx, v_last_seq
		from platform.audit_chain where tenant_code = p_tenant for update;
	if v_position <> p_after then
		raise exception 'the chain of % is at %, not at %', p_tenant, v_position, p_after using errcode = '40001';
	end if;
	if v_last_tx is not null and (p_last_tx, p_last_seq) <= (v_last_tx, v_last_seq) then
		raise exception 'the head of % only moves forward', p_tenant using errcode = '22023';
	end if;
	insert into platform.audit_seal (tenant_code, position, event_id, hash)
		select p_tenant, p_after + i, p_event_ids[i], substring(p_hashes from (i - 1) * 32 + 1 for 32)
		from generate_series(1, v_count) as i;
	update platform.audit_chain
		set position = p_after + v_count, head_hash = substring(p_hashes from (v_count - 1) * 32 + 1 for 32),
			last_tx = p_last_tx, last_seq = p_last_seq, sealed_at = now()
		where tenant_code = p_tenant;
	return p_after + v_count;
end
$fn$;

create or replace function sealing.record_verification(p_tenant text, p_findings integer) returns integer
language plpgsql security definer set search_path = pg_catalog, pg_temp as $fn$
declare
	v_findings integer;
begin
	if p_findings is null or p_findings < 0 then
		raise exception 'findings must be a count' using errcode = '22023';
	end if;
	update platform.audit_chain
		set verified_at = now(), verification_findings = greatest(coalesce(verification_findings, 0), p_findings)
		where tenant_code = p_tenant
		returning verification_findings into v_findings;
	return coalesce(v_findings, p_findings);
end
$fn$;

revoke all on function sealing.append_seals(text, bigint, uuid[], bytea, xid8, bigint) from public;
revoke all on function sealing.record_verification(text, integer) from public;
