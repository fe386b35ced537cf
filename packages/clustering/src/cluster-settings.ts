import type { Config } from '@freeface/config';
import { InvalidArgumentError } from '@freeface/domain';

/** What clustering needs to know of an embedding model (models/manifest.json has both). */
export interface ModelFacts {
  readonly embeddingSize?: number | undefined;
  readonly matchThreshold?: number | undefined;
}

export interface ClusterModel {
  /** length of the model's embeddings: the dimension of its vector index */
  readonly dimension: number;
  /** average cosine similarity from which faces of this model cluster together */
  readonly threshold: number;
}

export interface ClusterSettings {
  /** faces a cluster needs before it becomes a new person */
  readonly minFaces: number;
  /** clusters alike to an existing person go to that person */
  readonly autoAssociate: boolean;
  /** the dimension and threshold of a model; InvalidArgumentError for a model clustering cannot use */
  model(model: string): ClusterModel;
}

/**
 * The clustering settings: cluster.threshold when set, else matching.threshold, else the embedder's own
 * measured threshold (as FaceAnalyzer.matchThreshold), per model, since each embedder has its own scale.
 * `factsOf` looks a model up (registry.entry of @freeface/vision) and throws for an unknown one.
 */
export function clusterSettings(
  config: Pick<Config, 'cluster' | 'matching'>,
  factsOf: (model: string) => ModelFacts,
  overrides: { threshold?: number | undefined; minFaces?: number | undefined } = {},
): ClusterSettings {
  const fixed = overrides.threshold ?? config.cluster.threshold ?? config.matching.threshold;
  const known = new Map<string, ClusterModel>();
  return {
    minFaces: overrides.minFaces ?? config.cluster.minFaces,
    autoAssociate: config.cluster.autoAssociate,
    model(model) {
      const seen = known.get(model);
      if (seen) return seen;
      const facts = factsOf(model);
      const threshold = fixed ?? facts.matchThreshold;
      if (facts.embeddingSize === undefined)
        throw new InvalidArgumentError(`model ${model} makes no embeddings to cluster`, { model });
      if (threshold === undefined)
        throw new InvalidArgumentError(
          `model ${model} has no measured matchThreshold in models/manifest.json: set FREEFACE_CLUSTER_THRESHOLD`,
          { model },
        );
      const entry = { dimension: facts.embeddingSize, threshold };
      known.set(model, entry);
      return entry;
    },
  };
}
