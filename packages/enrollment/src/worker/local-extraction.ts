import { errorCodeOf } from '@freeface/domain';
import type { Extract } from '../enroll.service.js';
import type { BatchExtraction, ExtractionOutcome, ImageToExtract } from './batch-extraction.js';

/**
 * The extraction of the embedded profile: the analyzer of this process, image after image (it uses every core
 * for one image already). An error with a stable code is the image's; any other rejects the batch.
 */
export class LocalBatchExtraction implements BatchExtraction {
  constructor(private readonly analyze: Extract) {}

  async extract(
    images: readonly ImageToExtract[],
    options: { readonly minQuality?: number | undefined },
  ): Promise<ExtractionOutcome[]> {
    const outcomes: ExtractionOutcome[] = [];
    for (const { id, bytes } of images) {
      try {
        outcomes.push({ id, ok: true, analysis: await this.analyze(bytes, options) });
      } catch (error) {
        const code = errorCodeOf(error);
        if (code === undefined || code === 'UNAVAILABLE' || code === 'OVERLOADED') throw error;
        outcomes.push({ id, ok: false, code, message: (error as Error).message });
      }
    }
    return outcomes;
  }
}
