#!/usr/bin/env bash
# The first-call figures of docs/PERFORMANCE.md ("First call"), measured the same way every time: fresh JVMs,
# interleaved, each variant RUNS times (5 by default), the machine's load printed before and after.
#
#   mvn -B -q package -DskipTests -pl benchmarks,examples -am     # builds the two jars it runs
#   benchmarks/first-call.sh                                       # FirstCall and the command line
#   benchmarks/first-call.sh --services                            # and the example services (builds them first:
#                                                                  #   -pl examples/boot35-service,examples/boot4-service)
#
# Prints, per variant, every run and then the median and range of each figure:
#  - FirstCall (benchmarks.jar) in a plain JVM and with the options of a short run (a class-data-sharing archive
#    written by one earlier run, C1 alone, the serial collector): wall / main-thread CPU of each phase, and
#    "json+validate", the wall time from main to the first validation's result (the library's part of it); in a
#    plain JVM also with --create-first (the validator created before the sample is read, as an application that
#    builds its services first does: the validator's bootstrap then overlaps the read on a background thread); and,
#    as a third variant, in a plain JVM with -Dorg.jboss.logging.provider=jdk (a choice only the application can
#    make: it holds for the whole JVM);
#  - `countychain validate` and `countychain demo` of the sample county as whole processes: `java -jar` and the
#    launcher examples/bin/countychain (its archive written by one earlier run): wall and CPU (user + system) s;
#  - with --services, examples/measure-requests.sh for both example services, three runs each.
set -euo pipefail

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
runs=${RUNS:-5}
services=no
for arg in "$@"; do
  case $arg in
    --services) services=yes ;;
    *) echo "usage: $0 [--services]   (RUNS=n sets the runs per variant)" >&2; exit 2 ;;
  esac
done
bench=$root/benchmarks/target/benchmarks.jar
cli=$root/examples/target/countychain-examples.jar
for jar in "$bench" "$cli"; do
  if [[ ! -f $jar ]]; then
    echo "$jar is missing: mvn -B -q package -DskipTests -pl benchmarks,examples -am" >&2
    exit 2
  fi
done
command -v /usr/bin/time > /dev/null || { echo "needs /usr/bin/time (GNU time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
short="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
quiet_cds="-Xlog:cds=off -Xlog:cds+dynamic=off"
main=org.countychain.benchmarks.FirstCall
jdk_logging="-Dorg.jboss.logging.provider=jdk"

echo "# $(date -u +%FT%TZ) $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')  $(java -version 2>&1 | head -n 1)"
echo "# load before: $(uptime | sed 's/.*load average: //')"

# Median and range of one column of numbers: "median (min–max)".
summary() {
  sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "-"; exit }
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%s (%s–%s)\n", m, v[1], v[NR] }'
}

# --- FirstCall: one archive written beforehand, not counted.
java -XX:ArchiveClassesAtExit="$work/first-call.jsa" $quiet_cds $short -cp "$bench" $main > /dev/null
: > "$work/plain.txt"
: > "$work/short.txt"
: > "$work/jdk-logging.txt"
: > "$work/create-first.txt"
for i in $(seq 1 "$runs"); do
  java -cp "$bench" $main >> "$work/plain.txt"
  # The other order: the validator created first (its bootstrap goes to a background thread), then the sample read.
  java -cp "$bench" $main --create-first >> "$work/create-first.txt"
  java -XX:SharedArchiveFile="$work/first-call.jsa" $quiet_cds $short -cp "$bench" $main >> "$work/short.txt"
  # What an application gains by naming JBoss Logging's back-end itself (Hibernate Validator's logger otherwise
  # looks for one and initialises the Log4j API it finds on this class path); its INFO line goes to standard error.
  java $jdk_logging -cp "$bench" $main 2> /dev/null >> "$work/jdk-logging.txt"
done
for variant in plain create-first short jdk-logging; do
  if [[ $variant == plain ]]; then
    echo "## FirstCall, plain JVM: java -cp benchmarks.jar $main"
  elif [[ $variant == create-first ]]; then
    echo "## FirstCall, plain JVM, validator created before the sample is read: java -cp benchmarks.jar $main --create-first"
  elif [[ $variant == short ]]; then
    echo "## FirstCall, archive + C1 + serial GC: java -XX:SharedArchiveFile=first-call.jsa $short -cp benchmarks.jar $main"
  else
    echo "## FirstCall, plain JVM, the application naming the logging back-end: java $jdk_logging -cp benchmarks.jar $main"
  fi
  cat "$work/$variant.txt"
  for phase in jsonFacade jsonRead validatorCreate firstValidate firstScreen firstDocx firstXlsx; do
    wall=$(grep -o "$phase=[0-9]*/" "$work/$variant.txt" | tr -dc '0-9\n' | summary)
    cpu=$(grep -o "$phase=[0-9]*/[0-9]*" "$work/$variant.txt" | sed 's/.*\///' | summary)
    printf '  %-16s wall %-22s main-thread CPU %s ms\n' "$phase" "$wall" "$cpu"
  done
  printf '  %-16s wall %s ms\n' "json+validate" "$(grep -o 'json+validate=[0-9]*' "$work/$variant.txt" | tr -dc '0-9\n' | summary)"
done

# --- the command line on the sample county
java -jar "$cli" demo --out "$work/out" > /dev/null
sample=$work/out/jinjiang-2024.json
export COUNTYCHAIN_CDS_DIR=$work/cds
"$root/examples/bin/countychain" validate "$sample" > /dev/null # writes the launcher's archive
for variant in jar launcher demo-jar demo-launcher; do : > "$work/$variant.txt"; done
for i in $(seq 1 "$runs"); do
  /usr/bin/time -a -o "$work/jar.txt" -f '%e %U %S' java -jar "$cli" validate "$sample" > /dev/null
  /usr/bin/time -a -o "$work/launcher.txt" -f '%e %U %S' "$root/examples/bin/countychain" validate "$sample" > /dev/null
  /usr/bin/time -a -o "$work/demo-jar.txt" -f '%e %U %S' java -jar "$cli" demo --out "$work/demo" > /dev/null
  /usr/bin/time -a -o "$work/demo-launcher.txt" -f '%e %U %S' "$root/examples/bin/countychain" demo --out "$work/demo" \
    > /dev/null
done
for variant in jar launcher demo-jar demo-launcher; do
  case $variant in
    jar) echo "## countychain validate, java -jar countychain-examples.jar (wall, user, system s)" ;;
    launcher) echo "## countychain validate, examples/bin/countychain (wall, user, system s)" ;;
    demo-jar) echo "## countychain demo, java -jar countychain-examples.jar (wall, user, system s)" ;;
    *) echo "## countychain demo, examples/bin/countychain (wall, user, system s)" ;;
  esac
  tr '\n' ';' < "$work/$variant.txt"
  echo
  echo "  wall $(awk '{ print $1 }' "$work/$variant.txt" | summary) s, CPU $(awk '{ printf "%.2f\n", $2 + $3 }' "$work/$variant.txt" | summary) s"
done

if [[ $services == yes ]]; then
  for service in boot35-service/target/countychain-example-boot35.jar boot4-service/target/countychain-example-boot4.jar; do
    for i in 1 2 3; do
      echo "## examples/measure-requests.sh examples/$service /counties/screen (run $i)"
      "$root/examples/measure-requests.sh" "$root/examples/$service" /counties/screen
    done
  done
fi
echo "# load after: $(uptime | sed 's/.*load average: //')"
