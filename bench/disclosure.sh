#!/usr/bin/env bash
# Disclosure control at full size: DisclosureScaleBenchmark (platform-app's test sources; not
# part of mvn verify) builds every caseload table of 342 municipalities over 16 periods and
# runs the suppression three times; report in platform/platform-app/target/bench/disclosure.md.
#
#   bench/disclosure.sh                      # 342 municipalities
#   MUNICIPALITIES=20 bench/disclosure.sh    # smoke run
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -B -q -ntp install -DskipTests -pl platform/platform-look,platform/platform-core >target/bench-disclosure.log 2>&1
mvn -B -q -ntp test -pl platform/platform-app -Dtest=DisclosureScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
	-Dlse.bench.municipalities="${MUNICIPALITIES:-342}" >>target/bench-disclosure.log 2>&1 \
	|| { tail -40 target/bench-disclosure.log; exit 1; }
cat platform/platform-app/target/bench/disclosure.md
