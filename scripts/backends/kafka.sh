# Kafka: Apache Kafka in KRaft combined mode (broker + controller, one node), run from
# Maven Central jars (no tarball download). Sourced by scripts/backends.sh after lib.sh.
#   clients:    PLAINTEXT on the first FREEFACE_KAFKA_BROKERS address (127.0.0.1:9092)
#   controller: the next port (9093), loopback only
# Topics are never auto-created: code and tests create them explicitly.

FF_KAFKA_VERSION=4.4.0
# slf4j 1.7 binding for log4j2; Kafka's jars already bring log4j-core of this version.
FF_KAFKA_LOG4J_VERSION=2.25.5
# Fixed cluster id (base64 of "FreeFaceKafka001"); only used when the data dir is formatted.
FF_KAFKA_CLUSTER_ID=RnJlZUZhY2VLYWZrYTAwMQ

_kafka_port() {
  local b=${FREEFACE_KAFKA_BROKERS:-127.0.0.1:9092}
  b=${b%%,*}             # first broker
  echo "${b##*:}"
}

# Classpath: the broker with its runtime deps, plus the slf4j -> log4j2 binding so logs reach the log file.
_kafka_classpath() {
  ff_maven_classpath kafka "org.apache.kafka:kafka_2.13:$FF_KAFKA_VERSION" \
    "org.apache.logging.log4j:log4j-slf4j-impl:$FF_KAFKA_LOG4J_VERSION"
}

kafka_install() {
  if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
    ff_log "installing Java 17 and Maven (apt)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless maven >&2 || return 1
  fi
  _kafka_classpath >/dev/null
}

kafka_start() {
  local data run port cport cp cfg log4j
  data=$(ff_datadir kafka)
  run="$FF_STATE/run"
  port=$(_kafka_port); cport=$((port + 1))
  cfg="$run/kafka.properties"; log4j="$run/kafka-log4j2.properties"
  cp=$(_kafka_classpath) || return 1

  cat >"$cfg" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
log.dirs=$data
# single node: internal topics cannot have more than one replica
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
num.partitions=1
auto.create.topics.enable=false
# consumers in a fresh group start at once instead of waiting 3 s for more members
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=2
EOF

  # log4j2: everything to stdout, which ff_spawn sends to .backends/logs/kafka.log
  cat >"$log4j" <<'EOF'
appender.out.type = Console
appender.out.name = out
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = out
logger.request.name = kafka.request.logger
logger.request.level = WARN
EOF

  local jvm=(-Djava.awt.headless=true "-Dlog4j2.configurationFile=$log4j" -cp "$cp")

  # Format the storage once; later starts reuse the data (meta.properties marks a formatted dir).
  if [ ! -f "$data/meta.properties" ]; then
    ff_log "formatting kafka storage in $data"
    java -Xmx256m "${jvm[@]}" kafka.tools.StorageTool format --standalone \
      --cluster-id "$FF_KAFKA_CLUSTER_ID" --config "$cfg" >>"$(ff_logfile kafka)" 2>&1 || return 1
  fi

  # Modest heap: the machine has 2 cores and also runs Cassandra. java is the spawned process itself,
  # so SIGTERM reaches Kafka's shutdown hook (controlled shutdown, clean log close).
  ff_spawn kafka java -Xms256m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:+ExitOnOutOfMemoryError "${jvm[@]}" kafka.Kafka "$cfg"
}

# Ready = the broker answers an ApiVersions request (key 18, v0, correlation id 1, null client id).
# Kafka only processes client requests once the broker has caught up with the metadata log and is
# unfenced; an answer proves that, whatever order the broker binds its ports in.
kafka_ready() {
  local reply
  reply=$(
    exec 2>/dev/null
    exec 3<>"/dev/tcp/127.0.0.1/$(_kafka_port)" || exit 1
    printf '\0\0\0\x0a\0\x12\0\0\0\0\0\x01\xff\xff' >&3
    timeout 2 head -c 10 <&3 | od -An -tx1 | tr -d ' \n'
  )
  # bytes 4..9 of the reply: correlation id 1, error code 0
  [ "${reply:8:12}" = "000000010000" ]
}

kafka_version() { echo "kafka $FF_KAFKA_VERSION (KRaft)"; }
