export { renderEnvSample } from './env-sample.js';
export { grpcListenHost } from './listen-host.js';
export { ConfigError, loadConfig } from './load-config.js';
export { allSettings, type Config, type Setting, settings } from './settings.js';
