-- Management reports (batch-jobs; docs/reports.md). Report rows hold counts and codes only:
-- no name, no case id, no reference, no worker leaves a tenant. A run is one job instance of
-- (job, period, revision); readers find a period's figures through report_current, which the
-- run's last step switches in one transaction, so a forced rerun never shows half a period.
create table report_run (
	id bigint generated always as identity primary key,
	job text not null check (job in ('caseloadReport', 'handoverReport')),
	period text not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$'),
	revision integer not null default 0 check (revision between 0 and 1000),
	job_instance_id bigint,
	platform_version text not null check (length(platform_version) between 1 and 60),
	started_at timestamptz not null default statement_timestamp(),
	finished_at timestamptz,
	status text not null check (status in ('RUNNING', 'COMPLETED', 'FAILED', 'STOPPED')),
	tenants_total integer not null default 0 check (tenants_total >= 0),
	-- tenants not in the run (code:status, e.g. gm0363:SUSPENDED or gm0599:MAINTENANCE)
	left_out text[] not null default '{}',
	unique (job, period, revision)
);

create table report_current (
	job text not null,
	period text not null,
	run_id bigint not null references report_run (id),
	switched_at timestamptz not null default statement_timestamp(),
	primary key (job, period)
);

-- One count: of a tenant ('gm0363'), of LSE's own records ('lse') or national ('national'),
-- for one measure under up to two codes (e.g. open_trajectories / FAMILY_SUPPORT / SUPPORT).
create table report_figure (
	run_id bigint not null references report_run (id),
	scope text not null check (scope ~ '^(gm[0-9]{4}|lse|national)$'),
	measure text not null check (measure ~ '^[a-z_]{1,60}$'),
	key1 text not null default '' check (key1 ~ '^[A-Za-z0-9_-]{0,60}$'),
	key2 text not null default '' check (key2 ~ '^[A-Za-z0-9_-]{0,60}$'),
	value bigint not null check (value >= 0),
	primary key (run_id, scope, measure, key1, key2)
);

-- Duration histograms (whole days to number of trajectories), from which medians and 90th
-- percentiles are computed exactly, also nationally.
create table report_duration (
	run_id bigint not null references report_run (id),
	scope text not null check (scope ~ '^(gm[0-9]{4}|national)$'),
	measure text not null check (measure ~ '^[a-z_]{1,60}$'),
	days integer not null check (days >= 0),
	trajectories bigint not null check (trajectories > 0),
	primary key (run_id, scope, measure, days)
);

create table report_duration_summary (
	run_id bigint not null references report_run (id),
	scope text not null check (scope ~ '^(gm[0-9]{4}|national)$'),
	measure text not null check (measure ~ '^[a-z_]{1,60}$'),
	trajectories bigint not null check (trajectories >= 0),
	-- null when fewer than k trajectories lie behind them (suppressed)
	median_days numeric(8, 1),
	p90_days numeric(8, 1),
	suppressed boolean not null,
	check (suppressed = (median_days is null)),
	primary key (run_id, scope, measure)
);

-- batch-jobs writes them (as the runtime login, outside any tenant), the platform reads them
grant select, insert, update, delete on report_run, report_current, report_figure, report_duration,
	report_duration_summary to ${app_role};
