// @freeface/async-enroll: the async enrollment workers as their own process (main.ts).
export { type RunningAsyncEnroll, startAsyncEnroll } from './async-enroll.service.js';
export { defaultEmbedder, type ExtractorLink, linkExtractor } from './extractor-link.js';
