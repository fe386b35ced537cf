// Where a gRPC server of the platform listens when its host setting is unset: the embedded profile keeps the
// extractor and face-cluster on the loopback interface (one machine, nothing else needs them), the cluster
// profile on every interface (other pods call them; NetworkPolicies in kubernetes/ say which).
import type { Config } from './settings.js';

/** settings extractor.host or cluster.host, else 127.0.0.1 (embedded) or 0.0.0.0 (cluster) */
export const grpcListenHost = (config: Pick<Config, 'runtime'>, host: string | undefined): string =>
  host ?? (config.runtime.profile === 'embedded' ? '127.0.0.1' : '0.0.0.0');
