#!/usr/bin/env bash
# `npm run neo4j`: a local Neo4j 5.26 Community on 127.0.0.1, in the foreground (see README "Running on Neo4j").
# The first run resolves the Neo4j jars from Maven Central once (into ~/.m2); later runs start offline.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
module="$root/neo4j"
cd "$root"

command -v java >/dev/null 2>&1 || { echo "npm run neo4j: Java 17 or 21 is needed (java not found)" >&2; exit 1; }
command -v mvn >/dev/null 2>&1 || { echo "npm run neo4j: Maven is needed (mvn not found)" >&2; exit 1; }

# Build once: the launcher and the classpath file, again only when the pom or the launcher changed.
classpath="$module/target/classpath.txt"
if [ ! -f "$classpath" ] || [ "$module/pom.xml" -nt "$classpath" ] ||
  [ -n "$(find "$module/src" -newer "$classpath" -type f)" ]; then
  echo "Neo4j: building the launcher (the first time this downloads Neo4j from Maven Central)" >&2
  build=(-B -q -f "$module/pom.xml" compile dependency:build-classpath "-Dmdep.outputFile=$classpath")
  mvn -o "${build[@]}" >/dev/null 2>&1 || mvn "${build[@]}" >&2
  touch "$classpath" # Maven leaves an unchanged classpath file untouched
fi

export NEO4J_HOME_DIR="${NEO4J_HOME_DIR:-$root/.neo4j}"
mkdir -p "$NEO4J_HOME_DIR"
# exec: the JVM gets Ctrl-C/SIGTERM itself and its shutdown hook stops Neo4j cleanly.
exec java -Xms"${NEO4J_HEAP:-1g}" -Xmx"${NEO4J_HEAP:-1g}" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  -Dio.netty.tryReflectionSetAccessible=true \
  -cp "$module/target/classes:$(cat "$classpath")" kg.neo4j.LocalNeo4j
