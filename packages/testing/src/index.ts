export { type BackendName, backendAddress, isListening, requireBackend } from './require-backend.js';
