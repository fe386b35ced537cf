// How good a clustering is against the truth: BCubed precision, recall and F-measure (Bagga and Baldwin,
// 1998; Amigó et al., 2009). For each item: precision is the share of its cluster that has its label,
// recall the share of its label that is in its cluster; both are averaged over the items. An item left
// alone is a cluster of its own.

export interface LabelledItem {
  /** the cluster (or person) the clustering put the item in */
  readonly cluster: string;
  /** the true identity */
  readonly label: string;
}

export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  /** harmonic mean of precision and recall */
  readonly f: number;
}

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

export function bcubed(items: readonly LabelledItem[]): BCubed {
  if (items.length === 0) return { precision: 1, recall: 1, f: 1 };
  const byCluster = new Map<string, number>();
  const byLabel = new Map<string, number>();
  const byBoth = new Map<string, number>();
  const both = (i: LabelledItem) => JSON.stringify([i.cluster, i.label]);
  for (const item of items) {
    count(byCluster, item.cluster);
    count(byLabel, item.label);
    count(byBoth, both(item));
  }
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const shared = byBoth.get(both(item)) as number;
    precision += shared / (byCluster.get(item.cluster) as number);
    recall += shared / (byLabel.get(item.label) as number);
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f: (2 * precision * recall) / (precision + recall) };
}
