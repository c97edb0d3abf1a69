#!/usr/bin/env bash
# Runs the Spark job (spark/, issue 17) on this machine with the Spark that Maven resolved for the
# build: no Spark download or install. Builds it first when the jars are missing.
#   scripts/spark-local.sh <input> <output> [cores] [more job options, such as --csv]
# On a cluster, use spark-submit instead (README, "On a Spark cluster").
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: scripts/spark-local.sh <input dir|URI|manifest.csv> <output dir> [cores] [job options...]" >&2
  exit 2
fi
input=$1; output=$2; cores=${3:-2}
shift $(( $# >= 3 ? 3 : 2 ))
if ! [ -f spark/target/disclosure-lens-spark.jar ] || ! [ -f spark/target/classpath.txt ]; then
  mvn -B -q package -DskipTests
fi
# The module opens Spark's launcher passes to its JVMs (JavaModuleOptions); local mode runs in this one.
opens=""
for p in java.lang java.lang.invoke java.io java.net java.nio java.util java.util.concurrent sun.nio.ch sun.nio.cs \
         sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
exec java ${SPARK_LOCAL_JAVA_OPTS:--Xmx4g} $opens -Dfile.encoding=UTF-8 \
  -Dlog4j2.configurationFile="${SPARK_LOG4J:-spark/conf/log4j2.properties}" \
  -cp "spark/target/disclosure-lens-spark.jar:$(cat spark/target/classpath.txt)" \
  org.disclosurelens.spark.SparkAnalyze --master "local[$cores]" --input "$input" --output "$output" "$@"
