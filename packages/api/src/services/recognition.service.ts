import {
  cosineSimilarity,
  type FaceBox,
  identify,
  isMatch,
  leftToRight,
  matchesAbove,
  type Person,
  rankPersons,
  resolveThreshold,
} from '@freeface/domain';
import {
  type AppearanceContext,
  type AppearanceService,
  type EvidenceService,
  type ImageBytes,
  largestFace,
  pickFaces,
  type VectorIndexes,
} from '@freeface/enrollment';
import type { MetadataStore, VectorMatch } from '@freeface/storage';
import type { AnalyzedFace, FaceAnalyzer, Landmarks, QualityReason } from '@freeface/vision';
import { analyzeField } from './face-analysis.js';

/** Neighbours a recognition looks at per face; several per person, so a person's best face is among them. */
const RECOGNITION_CANDIDATES = 32;
/** The most persons include_candidates names per face. */
export const MAX_CANDIDATES = 3;

/** A person a face nearly matched: under the threshold, best first. */
export interface Candidate {
  person: Person;
  similarity: number;
}

export interface RecognizedFace {
  box: FaceBox;
  quality: number;
  /** undefined: unknown (no person at or above the threshold) */
  person?: Person;
  /** of the person named, or the best one seen when unknown; undefined when nothing was enrolled */
  similarity?: number;
  /** asked for with includeCandidates: the closest persons under the threshold of an unknown face (else empty) */
  candidates?: Candidate[];
  /** the appearance recorded for the person named */
  appearanceId?: string;
}

export interface Recognition {
  faces: RecognizedFace[];
  /** the photo kept as evidence (GET /images/{image_id}); undefined when none was kept */
  imageId?: string;
}

export interface DetectedFace {
  box: FaceBox;
  detectionScore: number;
  landmarks: Landmarks;
  quality: number;
  qualityReasons: readonly QualityReason[];
  pose: { yaw: number; pitch: number; roll_degrees: number; frontal: number };
}

export interface Verification {
  similarity: number;
  threshold: number;
  isMatch: boolean;
}

export interface RecognitionDeps {
  metadata: MetadataStore;
  analyzer: FaceAnalyzer;
  indexes: VectorIndexes;
  appearances: AppearanceService;
  evidence: EvidenceService;
  /** settings matching.storeEvidence: whether recognize keeps the photo unless the request says */
  storeEvidence: boolean;
  /** results of a search unless the request says otherwise */
  defaultTopK: number;
}

const boxOf = (f: { box: FaceBox }) => f.box;
const plainBox = ({ x, y, width, height }: FaceBox): FaceBox => ({ x, y, width, height });

/** Search, recognize, verify and detect: everything that reads faces without enrolling them. */
export class RecognitionService {
  constructor(private readonly deps: RecognitionDeps) {}

  /** The threshold of a request: its own, else the embedder's (or the setting that overrides it). */
  threshold(requested: number | undefined): number {
    return resolveThreshold(requested, this.deps.analyzer.matchThreshold);
  }

  /** The enrolled faces most like the largest face of the image, at or above the threshold, best first. */
  async search(
    image: ImageBytes,
    options: { topK?: number | undefined; threshold?: number | undefined; includeCandidates?: boolean },
  ): Promise<{ matches: VectorMatch[]; candidates?: Candidate[] }> {
    const analysis = await analyzeField(this.deps.analyzer, 'image_data', image.bytes);
    const face = largestFace(analysis, 'image_data');
    // the index of the embedder that made this analysis: a re-embedding may switch the current one meanwhile
    const index = await this.deps.indexes.of(analysis.embedderId, (face.embedding as Float32Array).length);
    const topK = options.topK ?? this.deps.defaultTopK;
    const neighbours = await index.search(
      face.embedding as Float32Array,
      options.includeCandidates ? Math.max(topK, RECOGNITION_CANDIDATES) : topK,
    );
    const threshold = this.threshold(options.threshold);
    const matches = matchesAbove(neighbours, threshold).slice(0, topK);
    if (!options.includeCandidates) return { matches };
    return { matches, candidates: matches.length > 0 ? [] : await this.candidatesOf(neighbours, threshold) };
  }

  /** The persons of the neighbours under the threshold, best first, at most MAX_CANDIDATES. */
  private async candidatesOf(neighbours: readonly VectorMatch[], threshold: number): Promise<Candidate[]> {
    const below = rankPersons(neighbours).filter((m) => !isMatch(m.similarity, threshold));
    const named = await Promise.all(
      below.slice(0, MAX_CANDIDATES).map(async (m) => {
        const person = await this.deps.metadata.persons.get(m.personId);
        return person ? [{ person, similarity: m.similarity }] : [];
      }),
    );
    return named.flat();
  }

  /**
   * Who each face is, left to right; every face named is also a appearance of its person, with the time,
   * place and source given (time: now). No face gives an empty list.
   */
  async recognize(
    image: ImageBytes,
    options: {
      multiFace: boolean;
      threshold?: number | undefined;
      minQuality?: number | undefined;
      context: AppearanceContext;
      includeCandidates?: boolean;
      /** undefined: the setting */
      storeEvidence?: boolean | undefined;
    },
  ): Promise<Recognition> {
    const analysis = await analyzeField(this.deps.analyzer, 'image_data', image.bytes, {
      minQuality: options.minQuality,
    });
    if (analysis.faces.length === 0) return { faces: [] };
    const faces = pickFaces(analysis, 'image_data', options.multiFace);
    const threshold = this.threshold(options.threshold);
    // the index of the embedder that made this analysis: a re-embedding may switch the current one meanwhile
    const index = await this.deps.indexes.of(
      analysis.embedderId,
      faces[0]?.embedding?.length ?? this.deps.indexes.embedder.dimension,
    );
    const persons = new Map<string, Promise<Person | undefined>>();
    const personOf = (id: string) => {
      if (!persons.has(id)) persons.set(id, this.deps.metadata.persons.get(id));
      return persons.get(id) as Promise<Person | undefined>;
    };

    const recognized = await Promise.all(
      faces.map(async (face): Promise<RecognizedFace> => {
        const candidates = await index.search(face.embedding as Float32Array, RECOGNITION_CANDIDATES);
        const found = identify(candidates, threshold);
        const box = plainBox(face.detection.box);
        const quality = face.quality.score;
        const none = options.includeCandidates ? { candidates: [] } : {};
        if (!found.known)
          return {
            box,
            quality,
            ...(found.bestSimilarity !== undefined ? { similarity: found.bestSimilarity } : {}),
            ...(options.includeCandidates ? { candidates: await this.candidatesOf(candidates, threshold) } : {}),
          };
        // a person deleted a moment ago may still have vectors in flight: unknown then
        const person = await personOf(found.match.personId);
        return person
          ? { box, quality, person, similarity: found.match.similarity, ...none }
          : { box, quality, ...none };
      }),
    );
    const named = recognized.flatMap((face) => (face.person ? [face.person.id] : []));
    const keep = named.length > 0 && (options.storeEvidence ?? this.deps.storeEvidence);
    // the photo first: an appearance recorded is one whose image opens
    if (keep) await this.deps.evidence.keep(image, analysis, named, options.context.seenAt ?? new Date());
    for (const face of recognized) {
      if (face.person && face.similarity !== undefined) {
        const appearance = await this.deps.appearances.record(
          { personId: face.person.id, imageId: image.id, box: face.box, similarity: face.similarity },
          options.context,
        );
        face.appearanceId = appearance.appearanceId;
      }
    }
    const ordered = leftToRight(recognized, boxOf);
    return keep ? { faces: ordered, imageId: image.id } : { faces: ordered };
  }

  /** The persons of these ids (undefined and unknown ids left out), each read once. */
  async personsOf(ids: ReadonlyArray<string | undefined>): Promise<Map<string, Person>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== undefined))];
    const found = await Promise.all(unique.map((id) => this.deps.metadata.persons.get(id)));
    return new Map(found.filter((p): p is Person => p !== undefined).map((p) => [p.id, p]));
  }

  /** The largest face of each image compared; NoFaceError names the image without one. */
  async verify(image: ImageBytes, reference: ImageBytes, requested?: number): Promise<Verification> {
    const [a, b] = await Promise.all([
      this.embeddingOf('image_data', image),
      this.embeddingOf('reference_image_data', reference),
    ]);
    const threshold = this.threshold(requested);
    const similarity = cosineSimilarity(a, b);
    return { similarity, threshold, isMatch: isMatch(similarity, threshold) };
  }

  /** Every face found, left to right, with landmarks and quality; nothing is embedded. */
  async detect(image: ImageBytes): Promise<DetectedFace[]> {
    const analysis = await analyzeField(this.deps.analyzer, 'image_data', image.bytes, { embed: false, minQuality: 0 });
    const all = [...analysis.faces, ...analysis.rejected];
    return leftToRight(
      all.map(({ detection, quality }) => ({
        box: plainBox(detection.box),
        detectionScore: detection.score,
        landmarks: detection.landmarks,
        quality: quality.score,
        qualityReasons: quality.reasons,
        pose: {
          yaw: quality.measures.yaw,
          pitch: quality.measures.pitch,
          roll_degrees: quality.measures.rollDegrees,
          frontal: quality.measures.frontal,
        },
      })),
      boxOf,
    );
  }

  private async embeddingOf(field: string, image: ImageBytes): Promise<Float32Array> {
    const face: AnalyzedFace = largestFace(await analyzeField(this.deps.analyzer, field, image.bytes), field);
    return face.embedding as Float32Array;
  }
}
