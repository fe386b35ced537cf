// The extractor's test support, for its own tests and for the process tests of the freeface command.
export { silentLogger, testConfig, testModelsDir } from './fixtures.js';
