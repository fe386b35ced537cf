/** Where the REST API is served; Location headers name paths under it. */
export const API_PREFIX = '/api/v1';
