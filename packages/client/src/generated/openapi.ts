// Generated from the OpenAPI document of the REST API by `npm run gen:client` (packages/client/scripts/gen-client.ts,
// openapi-typescript). Do not edit: change the routes and regenerate; src/generated.test.ts fails when this is stale.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                            checks: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                            checks: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/prometheus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Prometheus text exposition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the Prometheus text exposition format (text/plain; version=0.0.4) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the same metrics as JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description prom-client's metrics as JSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            help: string;
                            type: string;
                            aggregator: string;
                            values: unknown[];
                        }[];
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with a username and password; answers an access token. After repeated failures a username must wait (429 with Retry-After), longer after each */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description send as "Authorization: Bearer <access_token>" */
                                access_token: string;
                                /** @enum {string} */
                                token_type: "Bearer";
                                /** @description seconds the token stays valid */
                                expires_in: number;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token or API key belongs to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /**
                                 * @description a user with an access token, or an API key
                                 * @enum {string}
                                 */
                                kind: "user" | "key";
                                id: string;
                                /**
                                 * @description admin: everything; operator: enroll, delete, manage persons; viewer: read and search
                                 * @enum {string}
                                 */
                                role: "admin" | "operator" | "viewer";
                                /** @description the username, or the API key name */
                                name: string;
                            };
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (users, not API keys); answers a new access token, the old ones stop working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current_password: string;
                        /** @description your access tokens issued before stop working; the answer holds a new one */
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description send as "Authorization: Bearer <access_token>" */
                                access_token: string;
                                /** @enum {string} */
                                token_type: "Bearer";
                                /** @description seconds the token stays valid */
                                expires_in: number;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                user_id: string;
                                username: string;
                                /**
                                 * @description admin: everything; operator: enroll, delete, manage persons; viewer: read and search
                                 * @enum {string}
                                 */
                                role: "admin" | "operator" | "viewer";
                                /** Format: date-time */
                                created_at: string;
                            }[];
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user who logs in with a password; 201 with its Location */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description unique without regard to case: Ada and ada are one username */
                        username: string;
                        password: string;
                        /**
                         * @description admin: everything; operator: enroll, delete, manage persons; viewer: read and search
                         * @enum {string}
                         */
                        role: "admin" | "operator" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description the new user */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                user_id: string;
                                username: string;
                                /**
                                 * @description admin: everything; operator: enroll, delete, manage persons; viewer: read and search
                                 * @enum {string}
                                 */
                                role: "admin" | "operator" | "viewer";
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: CONFLICT */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the user id */
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                user_id: string;
                                username: string;
                                /**
                                 * @description admin: everything; operator: enroll, delete, manage persons; viewer: read and search
                                 * @enum {string}
                                 */
                                role: "admin" | "operator" | "viewer";
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a user; their access tokens stop working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the user id */
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description what was deleted */
                                user_id: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: CONFLICT */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a user's password; the access tokens issued to them before stop working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the user id */
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the new password; the access tokens of the user issued before stop working */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                user_id: string;
                                username: string;
                                /**
                                 * @description admin: everything; operator: enroll, delete, manage persons; viewer: read and search
                                 * @enum {string}
                                 */
                                role: "admin" | "operator" | "viewer";
                                /** Format: date-time */
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API keys (without the keys) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                key_id: string;
                                name: string;
                                /**
                                 * @description admin: everything; operator: enroll, delete, manage persons; viewer: read and search
                                 * @enum {string}
                                 */
                                role: "admin" | "operator" | "viewer";
                                /** Format: date-time */
                                created_at: string;
                                revoked: boolean;
                            }[];
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key for a machine; the key is in this answer only (201) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description what the key is for, e.g. the machine that uses it */
                        name: string;
                        /**
                         * @description admin: everything; operator: enroll, delete, manage persons; viewer: read and search
                         * @enum {string}
                         */
                        role: "admin" | "operator" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description the new API key (shown there without the key) */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                key_id: string;
                                name: string;
                                /**
                                 * @description admin: everything; operator: enroll, delete, manage persons; viewer: read and search
                                 * @enum {string}
                                 */
                                role: "admin" | "operator" | "viewer";
                                /** Format: date-time */
                                created_at: string;
                                revoked: boolean;
                                /** @description send as the x-api-key header; shown this once only, never again */
                                key: string;
                                /** @description signs the webhooks of jobs made with this key; shown this once only */
                                webhook_secret: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An API key (without the key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the API key id */
                    key_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                key_id: string;
                                name: string;
                                /**
                                 * @description admin: everything; operator: enroll, delete, manage persons; viewer: read and search
                                 * @enum {string}
                                 */
                                role: "admin" | "operator" | "viewer";
                                /** Format: date-time */
                                created_at: string;
                                revoked: boolean;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Revoke an API key; it stops working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the API key id */
                    key_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description what was deleted */
                                key_id: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faces/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enroll the face (or faces) of an image under a person: 201 with the Location of the first new face, 200 when the image was enrolled for the person before (no new face) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the person to enroll under */
                        person_id?: string;
                        /** @description instead of person_id: the caller's id for the person; a person with it is created when nobody has it yet */
                        external_id?: string;
                        /** @description the image, base64 (standard or URL-safe; a data: URL works too): JPEG, PNG or WebP */
                        image_data: string;
                        /**
                         * @description enroll every face of the image under the person; false: the largest face only
                         * @default false
                         */
                        enable_multi_face?: boolean;
                        /** @description faces under this quality score are left out (default: the quality.threshold setting) */
                        quality_threshold?: number;
                        /**
                         * Format: date-time
                         * @description when the photo was taken, ISO 8601 (default: now)
                         */
                        seen_at?: string;
                        /** @description where the photo was taken, in degrees (WGS 84) */
                        location?: {
                            lat: number;
                            lon: number;
                        };
                        /** @description the camera or feed that took the photo */
                        source_id?: string;
                    };
                    "multipart/form-data": {
                        /** @description the person to enroll under */
                        person_id?: string;
                        /** @description instead of person_id: the caller's id for the person; a person with it is created when nobody has it yet */
                        external_id?: string;
                        /**
                         * Format: binary
                         * @description the image file: JPEG, PNG or WebP
                         */
                        image: string;
                        /**
                         * @description enroll every face of the image under the person; false: the largest face only
                         * @default false
                         */
                        enable_multi_face?: boolean;
                        /** @description faces under this quality score are left out (default: the quality.threshold setting) */
                        quality_threshold?: number;
                        /**
                         * Format: date-time
                         * @description when the photo was taken, ISO 8601 (default: now)
                         */
                        seen_at?: string;
                        /** @description where the photo was taken, in degrees (WGS 84) */
                        location?: {
                            lat: number;
                            lon: number;
                        };
                        /** @description the camera or feed that took the photo */
                        source_id?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                person_id: string;
                                external_id: string | null;
                                /** @description sha256 of the image: GET /images/{image_id} */
                                image_id: string;
                                faces: {
                                    face_id: string;
                                    person_id: string;
                                    /** @description the face box in image pixels: x, y of the top left corner */
                                    bbox: {
                                        x: number;
                                        y: number;
                                        width: number;
                                        height: number;
                                    };
                                    /** @description 0 to 1: 1 is nothing against the face */
                                    quality: number;
                                    /** @description false: this face of this image was enrolled for the person before */
                                    created: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description the first new face */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                person_id: string;
                                external_id: string | null;
                                /** @description sha256 of the image: GET /images/{image_id} */
                                image_id: string;
                                faces: {
                                    face_id: string;
                                    person_id: string;
                                    /** @description the face box in image pixels: x, y of the top left corner */
                                    bbox: {
                                        x: number;
                                        y: number;
                                        width: number;
                                        height: number;
                                    };
                                    /** @description 0 to 1: 1 is nothing against the face */
                                    quality: number;
                                    /** @description false: this face of this image was enrolled for the person before */
                                    created: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NO_FACE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faces/enroll_async": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enroll in the background: answers 202 at once with a job to follow at /faces/enroll/status/{job_id} (its Location) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the person to enroll under */
                        person_id?: string;
                        /** @description instead of person_id: the caller's id for the person; a person with it is created when nobody has it yet */
                        external_id?: string;
                        /** @description the image, base64 (standard or URL-safe; a data: URL works too): JPEG, PNG or WebP */
                        image_data: string;
                        /**
                         * @description enroll every face of the image under the person; false: the largest face only
                         * @default false
                         */
                        enable_multi_face?: boolean;
                        /** @description faces under this quality score are left out (default: the quality.threshold setting) */
                        quality_threshold?: number;
                        /**
                         * Format: date-time
                         * @description when the photo was taken, ISO 8601 (default: now)
                         */
                        seen_at?: string;
                        /** @description where the photo was taken, in degrees (WGS 84) */
                        location?: {
                            lat: number;
                            lon: number;
                        };
                        /** @description the camera or feed that took the photo */
                        source_id?: string;
                        /**
                         * @description higher priorities run first
                         * @default normal
                         * @enum {string}
                         */
                        priority?: "critical" | "high" | "normal" | "low";
                        /** @description POSTed the job (as GET /faces/enroll/status/{job_id} shows it, without faces) when it ends, signed: x-freeface-signature is "sha256=" and the hex HMAC-SHA256 of "<x-freeface-timestamp>.<body>" keyed with the webhook secret of the API key making this request (webhooks need an API key). Public http(s) addresses only. */
                        webhook_url?: string;
                    };
                    "multipart/form-data": {
                        /** @description the person to enroll under */
                        person_id?: string;
                        /** @description instead of person_id: the caller's id for the person; a person with it is created when nobody has it yet */
                        external_id?: string;
                        /**
                         * Format: binary
                         * @description the image file: JPEG, PNG or WebP
                         */
                        image: string;
                        /**
                         * @description enroll every face of the image under the person; false: the largest face only
                         * @default false
                         */
                        enable_multi_face?: boolean;
                        /** @description faces under this quality score are left out (default: the quality.threshold setting) */
                        quality_threshold?: number;
                        /**
                         * Format: date-time
                         * @description when the photo was taken, ISO 8601 (default: now)
                         */
                        seen_at?: string;
                        /** @description where the photo was taken, in degrees (WGS 84) */
                        location?: {
                            lat: number;
                            lon: number;
                        };
                        /** @description the camera or feed that took the photo */
                        source_id?: string;
                        /**
                         * @description higher priorities run first
                         * @default normal
                         * @enum {string}
                         */
                        priority?: "critical" | "high" | "normal" | "low";
                        /** @description POSTed the job (as GET /faces/enroll/status/{job_id} shows it, without faces) when it ends, signed: x-freeface-signature is "sha256=" and the hex HMAC-SHA256 of "<x-freeface-timestamp>.<body>" keyed with the webhook secret of the API key making this request (webhooks need an API key). Public http(s) addresses only. */
                        webhook_url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        /** @description the job: GET it to follow it */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                job_id: string;
                                /** @enum {string} */
                                status: "queued" | "processing" | "completed" | "failed";
                                /** @enum {string} */
                                priority: "critical" | "high" | "normal" | "low";
                                /** @description known once the job completes when it was sent with external_id */
                                person_id: string | null;
                                external_id: string | null;
                                image_id: string;
                                /** @description the enrolled faces, once completed */
                                face_ids: string[];
                                /** @description why the job failed (codes as in error answers, e.g. NO_FACE) */
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                attempts: number;
                                created_at: string;
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NO_FACE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faces/enroll/status/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How an async enrollment is going: queued, processing, completed (face ids) or failed (reason) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the enrollment job id */
                    job_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                job_id: string;
                                /** @enum {string} */
                                status: "queued" | "processing" | "completed" | "failed";
                                /** @enum {string} */
                                priority: "critical" | "high" | "normal" | "low";
                                /** @description known once the job completes when it was sent with external_id */
                                person_id: string | null;
                                external_id: string | null;
                                image_id: string;
                                /** @description the enrolled faces, once completed */
                                face_ids: string[];
                                /** @description why the job failed (codes as in error answers, e.g. NO_FACE) */
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                attempts: number;
                                created_at: string;
                                updated_at: string;
                                /** @description each face of the job, where it ended */
                                faces: {
                                    face_id: string;
                                    /** @description the person the face is in now: the job’s, or the one face-cluster put it in later; null: none yet */
                                    person_id: string | null;
                                    /** @description true: the face was deleted since */
                                    deleted: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faces/{face_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enrolled face */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the face id */
                    face_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                face_id: string;
                                person_id: string | null;
                                image_id: string;
                                /** @description the embedding model of its vector */
                                model: string;
                                /** @description the face box in image pixels: x, y of the top left corner */
                                bbox: {
                                    x: number;
                                    y: number;
                                    width: number;
                                    height: number;
                                };
                                detection_score: number;
                                quality: number;
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a face and its vector; its image too when no other face uses it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the face id */
                    face_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description what was deleted */
                                face_id: string;
                                /** @description faces deleted with it (their vectors too) */
                                deleted_faces: number;
                                /** @description images deleted with it: those no other face used */
                                deleted_images: number;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faces/{face_id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A square JPEG around the face, with a margin; If-None-Match with its ETag answers 304 */
        get: {
            parameters: {
                query?: {
                    /** @description side of the square JPEG, pixels */
                    size?: number;
                };
                header?: never;
                path: {
                    /** @description the face id */
                    face_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description image/jpeg bytes */
                200: {
                    headers: {
                        /** @description the same face and size: the same JPEG */
                        ETag?: string;
                        /** @description private, max-age=86400 */
                        "Cache-Control"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                    };
                };
                /** @description not modified: the If-None-Match sent is the current ETag */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faces/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The enrolled faces most like the largest face of an image */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the image, base64 (standard or URL-safe; a data: URL works too): JPEG, PNG or WebP */
                        image_data: string;
                        /** @description most matches (default: the search.topK setting) */
                        top_k?: number;
                        /** @description cosine similarity from which two faces are the same person (default: the embedding model's own) */
                        threshold?: number;
                    };
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description the image file: JPEG, PNG or WebP
                         */
                        image: string;
                        /** @description most matches (default: the search.topK setting) */
                        top_k?: number;
                        /** @description cosine similarity from which two faces are the same person (default: the embedding model's own) */
                        threshold?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description for the largest face of the image, best first */
                                matches: {
                                    face_id: string;
                                    /** @description null: a face of no person yet */
                                    person_id: string | null;
                                    /** @description the person's name */
                                    name: string | null;
                                    /** @description the person's external id */
                                    external_id: string | null;
                                    similarity: number;
                                }[];
                                threshold: number;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NO_FACE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faces/recognize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Who is in an image: the best person per face, or unknown; records the appearances */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the image, base64 (standard or URL-safe; a data: URL works too): JPEG, PNG or WebP */
                        image_data: string;
                        /**
                         * @description every face of the image; false: the largest face only
                         * @default true
                         */
                        enable_multi_face?: boolean;
                        /** @description cosine similarity from which two faces are the same person (default: the embedding model's own) */
                        threshold?: number;
                        /** @description faces under this quality score are left out (default: the quality.threshold setting) */
                        quality_threshold?: number;
                        /**
                         * Format: date-time
                         * @description when the photo was taken, ISO 8601 (default: now)
                         */
                        seen_at?: string;
                        /** @description where the photo was taken, in degrees (WGS 84) */
                        location?: {
                            lat: number;
                            lon: number;
                        };
                        /** @description the camera or feed that took the photo */
                        source_id?: string;
                    };
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description the image file: JPEG, PNG or WebP
                         */
                        image: string;
                        /**
                         * @description every face of the image; false: the largest face only
                         * @default true
                         */
                        enable_multi_face?: boolean;
                        /** @description cosine similarity from which two faces are the same person (default: the embedding model's own) */
                        threshold?: number;
                        /** @description faces under this quality score are left out (default: the quality.threshold setting) */
                        quality_threshold?: number;
                        /**
                         * Format: date-time
                         * @description when the photo was taken, ISO 8601 (default: now)
                         */
                        seen_at?: string;
                        /** @description where the photo was taken, in degrees (WGS 84) */
                        location?: {
                            lat: number;
                            lon: number;
                        };
                        /** @description the camera or feed that took the photo */
                        source_id?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description left to right by bbox.x; empty when the image has no face */
                                faces: {
                                    /** @description the face box in image pixels: x, y of the top left corner */
                                    bbox: {
                                        x: number;
                                        y: number;
                                        width: number;
                                        height: number;
                                    };
                                    /** @description null: unknown (no person at or above the threshold) */
                                    person_id: string | null;
                                    external_id: string | null;
                                    name: string | null;
                                    /** @description of the person named; when unknown, of the most similar person (under the threshold); null when nobody is enrolled */
                                    similarity: number | null;
                                    quality: number;
                                }[];
                                threshold: number;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NO_FACE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faces/detect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The faces of an image with landmarks and quality; nothing is stored or embedded */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the image, base64 (standard or URL-safe; a data: URL works too): JPEG, PNG or WebP */
                        image_data: string;
                    };
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description the image file: JPEG, PNG or WebP
                         */
                        image: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description left to right; empty when the image has no face */
                                faces: {
                                    /** @description the face box in image pixels: x, y of the top left corner */
                                    bbox: {
                                        x: number;
                                        y: number;
                                        width: number;
                                        height: number;
                                    };
                                    detection_score: number;
                                    landmarks: {
                                        x: number;
                                        y: number;
                                    }[];
                                    /**
                                     * @description five: eyes, nose tip, mouth corners; blazeface: eyes, nose tip, mouth centre, ear tragions
                                     * @enum {string}
                                     */
                                    landmark_scheme: "five" | "blazeface";
                                    quality: number;
                                    /** @description too_small, blurred, strong_pose, low_score, cut_at_edge */
                                    quality_reasons: string[];
                                }[];
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NO_FACE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faces/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whether the largest faces of two images are the same person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the image, base64 (standard or URL-safe; a data: URL works too): JPEG, PNG or WebP */
                        image_data: string;
                        /** @description the image, base64 (standard or URL-safe; a data: URL works too): JPEG, PNG or WebP */
                        reference_image_data: string;
                        /** @description cosine similarity from which two faces are the same person (default: the embedding model's own) */
                        threshold?: number;
                    };
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description the image file: JPEG, PNG or WebP
                         */
                        image: string;
                        /**
                         * Format: binary
                         * @description the reference_image file: JPEG, PNG or WebP
                         */
                        reference_image: string;
                        /** @description cosine similarity from which two faces are the same person (default: the embedding model's own) */
                        threshold?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description cosine similarity of the largest face of each image */
                                similarity: number;
                                threshold: number;
                                is_match: boolean;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NO_FACE */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The persons, a page at a time: newest first, or by name */
        get: {
            parameters: {
                query?: {
                    /** @description items per page */
                    limit?: number;
                    /** @description next_page_token of the previous page of the same list, unchanged */
                    page_token?: string;
                    /** @description newest: by creation time, newest first (ties by person_id); name: by name ignoring case, persons without a name last (ties by person_id). A page token continues the order it came from. */
                    order?: "newest" | "name";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                persons: {
                                    person_id: string;
                                    external_id: string | null;
                                    name: string | null;
                                    metadata: {
                                        [key: string]: unknown;
                                    };
                                    created_at: string;
                                    updated_at: string;
                                }[];
                                /** @description pass as page_token for the next page; null on the last page (a page may hold fewer items than asked) */
                                next_page_token: string | null;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a person (409 when the external id is taken); 201 with its Location */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the caller's own id for the person; unique (409 when taken) */
                        external_id?: string;
                        name?: string;
                        /** @description any JSON object the caller wants kept with the person, within the limits of the settings (default: nested at most 8 levels deep, 256 keys in all, 16 KiB as JSON); beyond one, a 400 that names it */
                        metadata?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        /** @description the new person */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                person_id: string;
                                external_id: string | null;
                                name: string | null;
                                metadata: {
                                    [key: string]: unknown;
                                };
                                created_at: string;
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: CONFLICT */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/by_external_ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The persons with these external ids */
        get: {
            parameters: {
                query: {
                    /** @description comma-separated, at most 100 */
                    external_ids: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description in the order asked */
                                persons: {
                                    person_id: string;
                                    external_id: string | null;
                                    name: string | null;
                                    metadata: {
                                        [key: string]: unknown;
                                    };
                                    created_at: string;
                                    updated_at: string;
                                }[];
                                /** @description the external ids nobody has */
                                missing: string[];
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/by_external_id/{external_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person with this external id */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the caller's own id for the person */
                    external_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                person_id: string;
                                external_id: string | null;
                                name: string | null;
                                metadata: {
                                    [key: string]: unknown;
                                };
                                created_at: string;
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{person_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the person id */
                    person_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                person_id: string;
                                external_id: string | null;
                                name: string | null;
                                metadata: {
                                    [key: string]: unknown;
                                };
                                created_at: string;
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        /** Change a person (409 when the new external id is taken) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the person id */
                    person_id: string;
                };
                cookie?: never;
            };
            /** @description the fields sent replace the stored ones; a field left out stays; null clears external_id or name */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the caller's own id for the person */
                        external_id?: string | null;
                        name?: string | null;
                        /** @description any JSON object the caller wants kept with the person, within the limits of the settings (default: nested at most 8 levels deep, 256 keys in all, 16 KiB as JSON); beyond one, a 400 that names it */
                        metadata?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                person_id: string;
                                external_id: string | null;
                                name: string | null;
                                metadata: {
                                    [key: string]: unknown;
                                };
                                created_at: string;
                                updated_at: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: CONFLICT */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a person with all their faces, vectors, appearances, and the images no other face uses */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the person id */
                    person_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description what was deleted */
                                person_id: string;
                                /** @description faces deleted with it (their vectors too) */
                                deleted_faces: number;
                                /** @description images deleted with it: those no other face used */
                                deleted_images: number;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{person_id}/faces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's faces, a page at a time (GET /faces/{face_id}/thumbnail shows one) */
        get: {
            parameters: {
                query?: {
                    /** @description items per page */
                    limit?: number;
                    /** @description next_page_token of the previous page of the same list, unchanged */
                    page_token?: string;
                };
                header?: never;
                path: {
                    /** @description the person id */
                    person_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                faces: {
                                    face_id: string;
                                    person_id: string | null;
                                    image_id: string;
                                    /** @description the embedding model of its vector */
                                    model: string;
                                    /** @description the face box in image pixels: x, y of the top left corner */
                                    bbox: {
                                        x: number;
                                        y: number;
                                        width: number;
                                        height: number;
                                    };
                                    detection_score: number;
                                    quality: number;
                                    created_at: string;
                                }[];
                                /** @description pass as page_token for the next page; null on the last page (a page may hold fewer items than asked) */
                                next_page_token: string | null;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{person_id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's appearances, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description items per page */
                    limit?: number;
                    /** @description next_page_token of the previous page of the same list, unchanged */
                    page_token?: string;
                };
                header?: never;
                path: {
                    /** @description the person id */
                    person_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                appearances: {
                                    person_id: string;
                                    seen_at: string;
                                    /** @description the face as seen in that image (the same image and face give the same id) */
                                    appearance_id: string;
                                    /** @description sha256 of the photo; GET /images/{image_id} has it when it was enrolled */
                                    image_id: string;
                                    similarity: number;
                                    source_id: string | null;
                                    /** @description where the photo was taken, in degrees (WGS 84) */
                                    location: {
                                        lat: number;
                                        lon: number;
                                    } | null;
                                }[];
                                /** @description pass as page_token for the next page; null on the last page (a page may hold fewer items than asked) */
                                next_page_token: string | null;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{person_id}/appearances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's appearances in a time window and a place (a radius around a point, or a box), newest first */
        get: {
            parameters: {
                query?: {
                    /** @description items per page */
                    limit?: number;
                    /** @description next_page_token of the previous page of the same list, unchanged */
                    page_token?: string;
                    /** @description from this time on (inclusive), ISO 8601 */
                    from?: string;
                    /** @description before this time (exclusive), ISO 8601 */
                    to?: string;
                    /** @description with lon and radius_km: appearances within radius_km of this point */
                    lat?: number;
                    lon?: number;
                    radius_km?: number;
                    /** @description with min_lon, max_lat, max_lon: appearances inside this box */
                    min_lat?: number;
                    /** @description min_lon > max_lon: a box across the antimeridian */
                    min_lon?: number;
                    max_lat?: number;
                    max_lon?: number;
                };
                header?: never;
                path: {
                    /** @description the person id */
                    person_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                appearances: {
                                    person_id: string;
                                    seen_at: string;
                                    /** @description the face as seen in that image (the same image and face give the same id) */
                                    appearance_id: string;
                                    /** @description sha256 of the photo; GET /images/{image_id} has it when it was enrolled */
                                    image_id: string;
                                    similarity: number;
                                    source_id: string | null;
                                    /** @description where the photo was taken, in degrees (WGS 84) */
                                    location: {
                                        lat: number;
                                        lon: number;
                                    } | null;
                                }[];
                                /** @description pass as page_token for the next page; null on the last page (a page may hold fewer items than asked) */
                                next_page_token: string | null;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enrolled image: type, size, bytes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description sha256 of the image bytes */
                    image_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                image_id: string;
                                content_type: string;
                                width: number;
                                height: number;
                                bytes: number;
                                created_at: string;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/images/{image_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bytes of an enrolled image, streamed with their content type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description sha256 of the image bytes */
                    image_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{person_id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge another person into this one (400 for the same person, 404 for an unknown one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the person id */
                    person_id: string;
                };
                cookie?: never;
            };
            /** @description Its faces (with their vectors and clusters) and appearances go to the person in the path, which takes the name, external id and metadata keys it lacks from it. */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the person merged into the one in the path; deleted afterwards */
                        from_person_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                /** @description the person that stays */
                                person_id: string;
                                /** @description the person merged into it, now deleted */
                                merged_person_id: string;
                                moved_faces: number;
                                moved_appearances: number;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faces/{face_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a face to another person (404 for an unknown face or person) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the face id */
                    face_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the person the face goes to */
                        person_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            data: {
                                face_id: string;
                                person_id: string;
                                /** @description null: the face belonged to no person */
                                previous_person_id: string | null;
                                /** @description false: the face was the person’s already */
                                moved: boolean;
                            };
                        };
                    };
                };
                /** @description an error: INVALID_ARGUMENT, IMAGE_EMPTY, IMAGE_UNREADABLE, IMAGE_TOO_SMALL, MODEL_UNKNOWN */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAUTHENTICATED */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: FORBIDDEN */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: NOT_FOUND */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: IMAGE_UNSUPPORTED_FORMAT */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: RATE_LIMITED */
                429: {
                    headers: {
                        /** @description seconds until a retry can succeed */
                        "Retry-After"?: string;
                        /** @description requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window) */
                        "RateLimit-Limit"?: string;
                        /** @description requests left in this window */
                        "RateLimit-Remaining"?: string;
                        /** @description seconds until the window resets */
                        "RateLimit-Reset"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: INTERNAL, MODEL_CHECKSUM_MISMATCH, MODEL_UNREADABLE, MODEL_DOWNLOAD_FAILED, MODEL_BAD_OUTPUT */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
                /** @description an error: UNAVAILABLE, OVERLOADED, MODEL_MISSING, MODEL_NOT_SUPPORTED */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: false;
                            /** @description what went wrong, and what to do about it */
                            message: string;
                            /** @description stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED */
                            code: string;
                            /** @enum {string|null} */
                            data: null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
