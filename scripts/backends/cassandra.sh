# Apache Cassandra 5.0 as a single node on 127.0.0.1, standing in for ScyllaDB (same CQL protocol).
# Sourced by scripts/backends.sh after lib.sh. The jars come from Maven Central (cassandra-all and its
# runtime dependencies); CassandraDaemon runs directly on Java 17 in the foreground, no tarball needed.

FF_CASSANDRA_VERSION=5.0.9
FF_CASSANDRA_GAV="org.apache.cassandra:cassandra-all:$FF_CASSANDRA_VERSION"

# cassandra_java: print a Java 17 binary (Cassandra 5.0 runs on 11 or 17, not on newer releases)
cassandra_java() {
  local j
  for j in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java)" /usr/lib/jvm/java-17-openjdk-*/bin/java; do
    [ -x "$j" ] && "$j" -version 2>&1 | grep -q 'version "17\.' && { echo "$j"; return 0; }
  done
  return 1
}

cassandra_install() {
  if ! cassandra_java >/dev/null || ! command -v mvn >/dev/null; then
    ff_log "cassandra: installing Java 17 and Maven with apt"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless maven >/dev/null
  fi
  ff_maven_classpath cassandra "$FF_CASSANDRA_GAV" >/dev/null
}

# cassandra_config DIR: write cassandra.yaml and logback.xml into DIR (regenerated on every start)
cassandra_config() {
  local dir=$1
  cat >"$dir/cassandra.yaml" <<YAML
cluster_name: freeface
num_tokens: 1
initial_token: 0
partitioner: org.apache.cassandra.dht.Murmur3Partitioner
endpoint_snitch: SimpleSnitch
authenticator: AllowAllAuthenticator
authorizer: AllowAllAuthorizer
seed_provider:
  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
    parameters:
      - seeds: "127.0.0.1:7000"
listen_address: 127.0.0.1
rpc_address: 127.0.0.1
storage_port: 7000
start_native_transport: true
native_transport_port: ${FREEFACE_SCYLLA_PORT:-9042}
data_file_directories: [$dir/data]
commitlog_directory: $dir/commitlog
saved_caches_directory: $dir/saved_caches
hints_directory: $dir/hints
cdc_raw_directory: $dir/cdc_raw
commitlog_sync: periodic
commitlog_sync_period: 10000ms
# dev/CI node: no snapshots on drop/truncate, small caches
auto_snapshot: false
key_cache_size: 16MiB
counter_cache_size: 8MiB
YAML
  # INFO to stdout (ff_spawn appends it to .backends/logs/cassandra.log); per-flush/compaction chatter at WARN
  cat >"$dir/logback.xml" <<'XML'
<configuration>
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{0} - %msg%n</pattern></encoder>
  </appender>
  <logger name="org.apache.cassandra.config.Config" level="WARN"/>
  <logger name="org.apache.cassandra.db.ColumnFamilyStore" level="WARN"/>
  <logger name="org.apache.cassandra.db.memtable" level="WARN"/>
  <logger name="org.apache.cassandra.db.lifecycle" level="WARN"/>
  <logger name="org.apache.cassandra.db.compaction" level="WARN"/>
  <logger name="org.apache.cassandra.io.sstable" level="WARN"/>
  <root level="INFO"><appender-ref ref="STDOUT"/></root>
</configuration>
XML
}

cassandra_start() {
  local dir cp java nolock
  dir=$(ff_datadir cassandra)
  cp=$(ff_maven_classpath cassandra "$FF_CASSANDRA_GAV") || return 1
  java=$(cassandra_java) || { ff_log "cassandra: Java 17 not found"; return 1; }
  cassandra_config "$dir"
  # Cassandra mlockall()s the JVM at startup whenever it may; as root (CAP_IPC_LOCK) that pins the whole
  # heap in RAM (heap size plus ~0.4 GiB RSS) and costs seconds. Without that capability and with a 64 KiB memlock limit it only
  # logs a warning. Other users are already bound by their (small) default memlock limit.
  nolock=()
  if [ "$(id -u)" = 0 ] && setpriv --bounding-set=-ipc_lock true 2>/dev/null; then
    nolock=(setpriv --inh-caps=-ipc_lock --bounding-set=-ipc_lock prlimit --memlock=65536)
  fi
  # JVM: C1 only and serial GC start fastest on small machines; the --add-exports/--add-opens list is the one
  # Cassandra's conf/jvm17-server.options carries for Java 17. Heap 2 GiB: the test suite makes and drops a
  # keyspace per file and ends with 500 enrollments through worker kills; a CI run with 1 GiB once found the
  # node DOWN near its end (why was not kept); each GC is logged now (logs/cassandra-gc.log) to tell next time.
  # Startup: no gossip settling or ring delay (single seed node), cheap memtable overhead estimate, no fsync
  # (dev data), schema changes not flushed per DDL (still in the commit log), no 2 s shutdown announcement.
  ff_spawn cassandra "${nolock[@]}" "$java" \
    -Xms2G -Xmx2G -Xss256k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+PerfDisableSharedMem \
    "-Xlog:gc:file=$FF_STATE/logs/cassandra-gc.log:uptime,level:filecount=2,filesize=8m" \
    -XX:+ExitOnOutOfMemoryError -XX:ErrorFile="$FF_STATE/logs/cassandra-hs_err_%p.log" \
    -Djava.net.preferIPv4Stack=true -Djdk.attach.allowAttachSelf=true \
    --add-exports java.base/jdk.internal.misc=ALL-UNNAMED \
    --add-exports java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED \
    --add-exports java.rmi/sun.rmi.registry=ALL-UNNAMED \
    --add-exports java.rmi/sun.rmi.server=ALL-UNNAMED \
    --add-exports java.sql/java.sql=ALL-UNNAMED \
    --add-exports java.base/java.lang.ref=ALL-UNNAMED \
    --add-exports jdk.unsupported/sun.misc=ALL-UNNAMED \
    --add-exports jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED \
    --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED \
    --add-opens java.base/java.lang.module=ALL-UNNAMED \
    --add-opens java.base/jdk.internal.loader=ALL-UNNAMED \
    --add-opens java.base/jdk.internal.ref=ALL-UNNAMED \
    --add-opens java.base/jdk.internal.reflect=ALL-UNNAMED \
    --add-opens java.base/jdk.internal.math=ALL-UNNAMED \
    --add-opens java.base/jdk.internal.module=ALL-UNNAMED \
    --add-opens java.base/jdk.internal.util.jar=ALL-UNNAMED \
    --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED \
    --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
    --add-opens java.base/java.io=ALL-UNNAMED \
    --add-opens java.base/java.lang.reflect=ALL-UNNAMED \
    --add-opens java.base/java.lang=ALL-UNNAMED \
    --add-opens java.base/java.util=ALL-UNNAMED \
    -Dio.netty.tryReflectionSetAccessible=true \
    -Dcassandra.config="file://$dir/cassandra.yaml" \
    -Dlogback.configurationFile="$dir/logback.xml" \
    -Dcassandra.storagedir="$dir" -Dcassandra.logdir="$FF_STATE/logs" \
    -Dcassandra-foreground=yes \
    -Dcassandra.skip_wait_for_gossip_to_settle=0 -Dcassandra.ring_delay_ms=100 \
    -Dcassandra.memtable_row_overhead_computation_step=1000 -Dcassandra.skip_sync=true \
    -Dcassandra.test.flush_local_schema_changes=false -Dcassandra.shutdown_announce_in_ms=0 \
    -cp "$cp" org.apache.cassandra.service.CassandraDaemon
}

# Ready = the native port answers a CQL OPTIONS request (protocol v4) with a SUPPORTED frame.
cassandra_ready() {
  timeout 2 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "\x04\x00\x00\x00\x05\x00\x00\x00\x00" >&3   # v4 request, flags 0, stream 0, OPTIONS, no body
    [ "$(head -c 5 <&3 | od -An -tx1 | tr -d " \n")" = "8400000006" ]   # v4 response, stream 0, SUPPORTED
  ' _ "${FREEFACE_SCYLLA_PORT:-9042}" 2>/dev/null
}

cassandra_version() {
  compgen -G "$FF_CACHE/cassandra/lib-*/cassandra-all-$FF_CASSANDRA_VERSION.jar" >/dev/null || return 1
  echo "Apache Cassandra $FF_CASSANDRA_VERSION"
}
