import { parseArgs } from 'node:util';
import { openFaceClustering, type ReclusterReport } from '@freeface/clustering';
import type { Config } from '@freeface/config';
import { errorCodeOf } from '@freeface/domain';
import type { Logger } from '@freeface/observability';
import { FaceClusterClient, RpcError } from '@freeface/rpc';
import { withServiceToken } from '@freeface/runtime';
import { openStorage } from '@freeface/storage';

export const RECLUSTER_USAGE = `Usage: freeface recluster [--model <embedder id>] [--threshold <-1..1>] [--direct]

Clusters again, from scratch, the faces that belong to no person and those of the persons clustering made
(and nobody has named since), with the current settings (or --threshold): for when cluster.threshold or
cluster.minFaces changed. Persons someone made or named keep their faces.

  --model      embedding model whose faces to re-cluster (default: settings models.embedder)
  --threshold  average cosine similarity for this run instead of the settings'
  --direct     work on the stores directly instead of asking face-cluster (only while face-cluster, or
               npm start in the embedded profile, is stopped: it is the one writer of the clusters)
`;

/** A re-clustering takes a while on many faces. */
const TIMEOUT_MS = 30 * 60_000;

export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

export const describeReport = (r: ReclusterReport): string =>
  `re-clustered ${r.faces} faces of ${r.model} at threshold ${r.threshold}: ${r.clusters} clusters; ` +
  `persons kept ${r.personsKept}, created ${r.personsCreated}, associated ${r.associated}, ` +
  `removed ${r.personsRemoved}; ${r.pending} clusters wait for more faces`;

async function direct(config: Config, logger: Logger, model?: string, threshold?: number): Promise<ReclusterReport> {
  const storage = await openStorage(config);
  try {
    const clustering = openFaceClustering({ config, storage, logger });
    return await clustering.recluster(model, { threshold });
  } finally {
    await storage.close();
  }
}

/** Runs the command; answers the exit code. */
export async function runRecluster(argv: string[], config: Config, logger: Logger, io: CommandIo): Promise<number> {
  let values: {
    model?: string | undefined;
    threshold?: string | undefined;
    direct?: boolean | undefined;
    help?: boolean | undefined;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        model: { type: 'string' },
        threshold: { type: 'string' },
        direct: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${RECLUSTER_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(RECLUSTER_USAGE);
    return 0;
  }
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold >= -1 && threshold <= 1)) {
    io.err(`--threshold is a cosine similarity from -1 to 1, got "${values.threshold}"\n\n${RECLUSTER_USAGE}`);
    return 2;
  }
  try {
    let report: ReclusterReport;
    if (values.direct) report = await direct(config, logger, values.model, threshold);
    else {
      // the service token: settings auth.serviceToken, else the one of the JWT secret (embedded: in the data dir)
      const client = FaceClusterClient.fromConfig(await withServiceToken(config), TIMEOUT_MS);
      try {
        report = await client.recluster({
          ...(values.model ? { model: values.model } : {}),
          ...(threshold !== undefined ? { threshold } : {}),
        });
      } catch (error) {
        const unreachable = error instanceof RpcError && error.code === 'UNAVAILABLE';
        if (!unreachable || config.runtime.profile !== 'embedded') throw error;
        // embedded and nothing serves the clusters: the stores are this command's alone
        io.out(`nothing answers at ${config.cluster.address}: re-clustering the embedded stores directly`);
        report = await direct(config, logger, values.model, threshold);
      } finally {
        client.close();
      }
    }
    io.out(describeReport(report));
    return 0;
  } catch (error) {
    const code = errorCodeOf(error);
    const hint =
      error instanceof RpcError && error.code === 'UNAVAILABLE'
        ? ' (start face-cluster, or pass --direct while it is stopped)'
        : '';
    io.err(`recluster failed: ${code ? `${code}: ` : ''}${(error as Error).message}${hint}`);
    if (!code) logger.error({ err: error }, 'recluster failed');
    return 1;
  }
}
