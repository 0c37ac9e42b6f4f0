-- The access log of this municipality (docs/audit.md, NEN 7513 / BIO 8.15.01): one row per
-- read, search, write, export or denial of case data. Ids and codes only, never free text about a
-- person. Append-only: the tenant role may INSERT and SELECT, nothing else; the sealer chains the
-- rows by hash in platform.audit_seal, in the order (tx, seq).
create table audit_event (
	seq bigint generated always as identity,
	id uuid primary key,
	-- the inserting transaction: the sealer only takes rows of transactions that have ended, so a
	-- row committed late can never fall behind the chain
	tx xid8 not null default pg_current_xact_id(),
	occurred_at timestamptz not null default statement_timestamp(),
	action text not null check (action in ('READ', 'SEARCH', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'DENY')),
	outcome text not null check (outcome in ('SUCCESS', 'DENIED', 'NOT_FOUND')),
	subject_id text not null check (length(subject_id) between 1 and 64),
	subject_name text not null check (length(subject_name) <= 200),
	subject_role text not null check (subject_role ~ '^[a-z-]{1,40}$'),
	organisation text not null check (length(organisation) between 1 and 64),
	object_kind text check (object_kind ~ '^[A-Z_]{1,40}$'),
	object_id uuid,
	case_id uuid,
	listed_case_ids uuid[] not null default '{}' check (cardinality(listed_case_ids) <= 1000),
	purpose text check (purpose ~ '^[A-Z_]{1,40}$'),
	client_id text not null check (length(client_id) between 1 and 64),
	source_address inet
);

-- only the fields a caller supplies: seq, tx and occurred_at come from the database itself, so
-- the runtime can neither back-date an event nor give it a transaction that is never sealed
revoke all on audit_event from ${tenant_role};
grant select on audit_event to ${tenant_role};
grant insert (id, action, outcome, subject_id, subject_name, subject_role, organisation, object_kind, object_id,
	case_id, listed_case_ids, purpose, client_id, source_address) on audit_event to ${tenant_role};

create index audit_event_seal_order on audit_event (tx, seq);
create index audit_event_case on audit_event (case_id, occurred_at desc) where case_id is not null;
create index audit_event_listed on audit_event using gin (listed_case_ids);

comment on table audit_event is 'Access log (NEN 7513): append-only, sealed by hash chain in platform.audit_seal';
