#!/usr/bin/env bash
# 404 timing (security review, item 10): a case the caller may not know of and an id that
# does not exist must not be told apart by the time they take. Runs NotFoundTimingBenchmark
# (platform-app's test sources; not part of mvn verify) against the real app, Keycloak and
# PostgreSQL, as the integration tests run them: SAMPLES requests of each kind, interleaved at
# random, compared by median and Kolmogorov-Smirnov; report in
# platform/platform-app/target/bench/not-found-timing.md. Fails when they can be told apart.
#
#   bench/not-found-timing.sh             # 1500 requests of each kind (about a minute)
#   SAMPLES=40 bench/not-found-timing.sh  # smoke run: the script works, nothing is judged
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
SAMPLES="${SAMPLES:-1500}"
# platform-core as a jar (in a reactor its test classes would put a second @SpringBootConfiguration on
# platform-app's class path)
mvn -B -q -ntp install -DskipTests -pl platform/platform-core >target/bench-not-found.log 2>&1
mvn -B -q -ntp test -pl platform/platform-app -Dtest=NotFoundTimingBenchmark \
	-Dsurefire.failIfNoSpecifiedTests=false -Dlse.bench.samples="$SAMPLES" >>target/bench-not-found.log 2>&1 \
	|| { tail -40 target/bench-not-found.log; cat platform/platform-app/target/bench/not-found-timing.md 2>/dev/null; exit 1; }
cat platform/platform-app/target/bench/not-found-timing.md
