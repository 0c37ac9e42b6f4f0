-- The lookups a partitioned job makes for every partition as it starts or restarts (the last
-- execution of a step of this job instance, by step name) and the executions of an instance.
-- With a partition per municipality and runs accumulating, each lookup would otherwise scan
-- the whole table (bench/reports.sh, docs/performance.md).
CREATE INDEX BATCH_JOB_EXECUTION_INSTANCE_IDX ON BATCH_JOB_EXECUTION (JOB_INSTANCE_ID);
CREATE INDEX BATCH_STEP_EXECUTION_JOB_STEP_IDX ON BATCH_STEP_EXECUTION (JOB_EXECUTION_ID, STEP_NAME);
