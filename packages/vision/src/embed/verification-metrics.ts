// How well an embedder tells people apart, on a labelled set of L2-normalised vectors: genuine and impostor
// similarity distributions, the verification threshold that best separates them, leave-one-out rank-1
// identification, and how often faces of unknown people would be taken for someone enrolled.

export interface LabelledVector {
  readonly label: string;
  readonly vector: Float32Array;
}

export interface Distribution {
  readonly count: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

export interface Verification {
  /** cosine similarity from which a pair is called "same person" */
  readonly threshold: number;
  /** share of genuine pairs at or above the threshold */
  readonly trueAcceptRate: number;
  /** share of impostor pairs below the threshold */
  readonly trueRejectRate: number;
  /** mean of the two rates above, the quantity the threshold maximises (genuine pairs are few) */
  readonly balancedAccuracy: number;
  /** share of all pairs classified right at the threshold */
  readonly accuracy: number;
}

/** Cosine similarity of two L2-normalised vectors. */
export function similarity(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new Error(`vectors of length ${a.length} and ${b.length} cannot be compared`);
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return dot;
}

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { count: 0, mean: Number.NaN, min: Number.NaN, max: Number.NaN };
  return {
    count: values.length,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** Similarities of every unordered pair: same label (genuine) or different labels (impostor). */
export function pairSimilarities(items: readonly LabelledVector[]): { genuine: number[]; impostor: number[] } {
  const genuine: number[] = [];
  const impostor: number[] = [];
  items.forEach((a, i) => {
    for (const b of items.slice(i + 1)) (a.label === b.label ? genuine : impostor).push(similarity(a.vector, b.vector));
  });
  return { genuine, impostor };
}

const rates = (genuine: readonly number[], impostor: readonly number[], threshold: number) => {
  const accepted = genuine.filter((s) => s >= threshold).length;
  const rejected = impostor.filter((s) => s < threshold).length;
  return {
    threshold,
    trueAcceptRate: accepted / genuine.length,
    trueRejectRate: rejected / impostor.length,
    balancedAccuracy: (accepted / genuine.length + rejected / impostor.length) / 2,
    accuracy: (accepted + rejected) / (genuine.length + impostor.length),
  };
};

/**
 * The threshold with the best balanced accuracy, searched between consecutive observed similarities
 * (midpoints); of the first run of equally good thresholds, the middle is kept (the widest margin).
 */
export function bestThreshold(genuine: readonly number[], impostor: readonly number[]): Verification {
  if (genuine.length === 0 || impostor.length === 0) throw new Error('need genuine and impostor pairs');
  const scores = [...new Set([...genuine, ...impostor])].sort((a, b) => a - b);
  const candidates = [
    (scores[0] ?? 0) - 1e-6,
    ...scores.slice(1).map((s, i) => ((scores[i] ?? s) + s) / 2),
    (scores.at(-1) ?? 0) + 1e-6,
  ];
  const evaluated = candidates.map((t) => rates(genuine, impostor, t));
  const best = Math.max(...evaluated.map((r) => r.balancedAccuracy));
  const first = evaluated.findIndex((r) => r.balancedAccuracy === best);
  let last = first;
  while (evaluated[last + 1]?.balancedAccuracy === best) last++;
  // any threshold between two equally best candidates classifies like one of them: take the middle of the run
  const threshold = ((evaluated[first]?.threshold ?? 0) + (evaluated[last]?.threshold ?? 0)) / 2;
  return rates(genuine, impostor, threshold);
}

/** Leave-one-out rank-1: the share of items whose most similar other item carries the same label. */
export function rank1Accuracy(items: readonly LabelledVector[]): number {
  if (items.length < 2) throw new Error('need at least two items');
  let correct = 0;
  items.forEach((probe, i) => {
    let bestLabel = '';
    let bestScore = Number.NEGATIVE_INFINITY;
    items.forEach((other, j) => {
      const score = j === i ? Number.NEGATIVE_INFINITY : similarity(probe.vector, other.vector);
      if (score > bestScore) {
        bestScore = score;
        bestLabel = other.label;
      }
    });
    if (bestLabel === probe.label) correct++;
  });
  return correct / items.length;
}

/** For each unknown face, its highest similarity to any enrolled face, and whether that reaches the threshold. */
export function strangerMatches(
  enrolled: readonly LabelledVector[],
  strangers: readonly LabelledVector[],
  threshold: number,
): Array<{ label: string; bestMatch: string; similarity: number; falseMatch: boolean }> {
  return strangers.map((stranger) => {
    let bestMatch = '';
    let best = Number.NEGATIVE_INFINITY;
    for (const known of enrolled) {
      const score = similarity(stranger.vector, known.vector);
      if (score > best) {
        best = score;
        bestMatch = known.label;
      }
    }
    return { label: stranger.label, bestMatch, similarity: best, falseMatch: best >= threshold };
  });
}
