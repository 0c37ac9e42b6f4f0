-- A run that left a municipality out (suspended, in maintenance, leaving) has national
-- figures that miss it: said in so many words, so that no reader takes them as complete.
alter table report_run add column incomplete boolean generated always as (cardinality(left_out) > 0) stored;
