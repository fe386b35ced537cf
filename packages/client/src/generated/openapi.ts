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
                        /**
                         * @description faces under this quality score are left out (default: the quality.threshold setting; 0 keeps every face)
                         * @example 0
                         */
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
                        /**
                         * @description faces under this quality score are left out (default: the quality.threshold setting; 0 keeps every face)
                         * @example 0
                         */
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
                        /**
                         * @description faces under this quality score are left out (default: the quality.threshold setting; 0 keeps every face)
                         * @example 0
                         */
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
                        /**
                         * @description faces under this quality score are left out (default: the quality.threshold setting; 0 keeps every face)
                         * @example 0
                         */
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
                            /**
                             * @example {
                             *       "job_id": "6f1c2a0e-0d3c-4b5e-9a51-2f6f3b1e8c10",
                             *       "status": "completed",
                             *       "priority": "normal",
                             *       "person_id": "0b7e9a52-3c1d-4f8e-8a2b-5d6c7e8f9a01",
                             *       "external_id": null,
                             *       "image_id": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                             *       "face_ids": [
                             *         "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
                             *       ],
                             *       "faces": [
                             *         {
                             *           "face_id": "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                             *           "person_id": "0b7e9a52-3c1d-4f8e-8a2b-5d6c7e8f9a01"
                             *         }
                             *       ],
                             *       "error": null,
                             *       "attempts": 1,
                             *       "webhook": {
                             *         "state": "given_up",
                             *         "attempts": 4,
                             *         "last_status_code": 503,
                             *         "last_error": "the receiver answered 503",
                             *         "last_attempt_at": "2026-11-25T10:00:09.000Z"
                             *       },
                             *       "created_at": "2026-11-25T10:00:00.000Z",
                             *       "updated_at": "2026-11-25T10:00:02.000Z"
                             *     }
                             */
                            data: {
                                job_id: string;
                                /**
                                 * @description queued, processing, completed, failed (for good: the image cannot succeed), or dead_lettered (failed after every attempt with an error a retry may cure: POST /faces/enroll/jobs/{job_id}/retry sends it again)
                                 * @enum {string}
                                 */
                                status: "queued" | "processing" | "completed" | "failed" | "dead_lettered";
                                /** @enum {string} */
                                priority: "critical" | "high" | "normal" | "low";
                                /** @description the person the job enrolled into (known once it completes when it was sent with external_id); for a job that named none, the person its faces ended in once face-cluster put them all in one */
                                person_id: string | null;
                                external_id: string | null;
                                image_id: string;
                                /** @description the enrolled faces, once completed */
                                face_ids: string[];
                                /** @description each face of the job still enrolled, with the person it is with now */
                                faces: {
                                    face_id: string;
                                    /** @description the person the face is with now (also when face-cluster put it in one later); null: none yet */
                                    person_id: string | null;
                                }[];
                                /** @description why the job failed or was dead-lettered (codes as in error answers, e.g. NO_FACE) */
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                attempts: number;
                                /** @description how the webhook of the job went; null for a job without webhook_url */
                                webhook: {
                                    /**
                                     * @description pending: not tried yet; retrying: failed so far, more tries to come; delivered: a 2xx; given_up: failed after every retry (settings webhooks.retries); rejected: the receiver answered another 4xx; not_sent: its URL or the API key of the job was refused
                                     * @enum {string}
                                     */
                                    state: "pending" | "retrying" | "delivered" | "given_up" | "rejected" | "not_sent";
                                    /** @description POSTs made so far */
                                    attempts: number;
                                    /** @description HTTP status of the last answer; null: none (network error) */
                                    last_status_code: number | null;
                                    /** @description why the last attempt failed; null when it did not */
                                    last_error: string | null;
                                    last_attempt_at: string | null;
                                } | null;
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
        /** How an async enrollment is going: queued, processing, completed (its faces and the persons they are with now), failed or dead_lettered (reason); how its webhook went */
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
                            /**
                             * @example {
                             *       "job_id": "6f1c2a0e-0d3c-4b5e-9a51-2f6f3b1e8c10",
                             *       "status": "completed",
                             *       "priority": "normal",
                             *       "person_id": "0b7e9a52-3c1d-4f8e-8a2b-5d6c7e8f9a01",
                             *       "external_id": null,
                             *       "image_id": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                             *       "face_ids": [
                             *         "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
                             *       ],
                             *       "faces": [
                             *         {
                             *           "face_id": "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                             *           "person_id": "0b7e9a52-3c1d-4f8e-8a2b-5d6c7e8f9a01"
                             *         }
                             *       ],
                             *       "error": null,
                             *       "attempts": 1,
                             *       "webhook": {
                             *         "state": "given_up",
                             *         "attempts": 4,
                             *         "last_status_code": 503,
                             *         "last_error": "the receiver answered 503",
                             *         "last_attempt_at": "2026-11-25T10:00:09.000Z"
                             *       },
                             *       "created_at": "2026-11-25T10:00:00.000Z",
                             *       "updated_at": "2026-11-25T10:00:02.000Z"
                             *     }
                             */
                            data: {
                                job_id: string;
                                /**
                                 * @description queued, processing, completed, failed (for good: the image cannot succeed), or dead_lettered (failed after every attempt with an error a retry may cure: POST /faces/enroll/jobs/{job_id}/retry sends it again)
                                 * @enum {string}
                                 */
                                status: "queued" | "processing" | "completed" | "failed" | "dead_lettered";
                                /** @enum {string} */
                                priority: "critical" | "high" | "normal" | "low";
                                /** @description the person the job enrolled into (known once it completes when it was sent with external_id); for a job that named none, the person its faces ended in once face-cluster put them all in one */
                                person_id: string | null;
                                external_id: string | null;
                                image_id: string;
                                /** @description the enrolled faces, once completed */
                                face_ids: string[];
                                /** @description each face of the job still enrolled, with the person it is with now */
                                faces: {
                                    face_id: string;
                                    /** @description the person the face is with now (also when face-cluster put it in one later); null: none yet */
                                    person_id: string | null;
                                }[];
                                /** @description why the job failed or was dead-lettered (codes as in error answers, e.g. NO_FACE) */
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                attempts: number;
                                /** @description how the webhook of the job went; null for a job without webhook_url */
                                webhook: {
                                    /**
                                     * @description pending: not tried yet; retrying: failed so far, more tries to come; delivered: a 2xx; given_up: failed after every retry (settings webhooks.retries); rejected: the receiver answered another 4xx; not_sent: its URL or the API key of the job was refused
                                     * @enum {string}
                                     */
                                    state: "pending" | "retrying" | "delivered" | "given_up" | "rejected" | "not_sent";
                                    /** @description POSTs made so far */
                                    attempts: number;
                                    /** @description HTTP status of the last answer; null: none (network error) */
                                    last_status_code: number | null;
                                    /** @description why the last attempt failed; null when it did not */
                                    last_error: string | null;
                                    last_attempt_at: string | null;
                                } | null;
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
                /** @description an error: HEADERS_TOO_LARGE */
                431: {
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
                        /**
                         * @description cosine similarity from which two faces are the same person (default: the active embedder's own, GET /models; each embedder has its own scale)
                         * @example 0.356
                         */
                        threshold?: number;
                        /**
                         * @description true: an unknown face also names the persons it came closest to under the threshold (at most 3, best first), for a human to review; nothing is recorded for them
                         * @default false
                         */
                        include_candidates?: boolean;
                    };
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description the image file: JPEG, PNG or WebP
                         */
                        image: string;
                        /** @description most matches (default: the search.topK setting) */
                        top_k?: number;
                        /**
                         * @description cosine similarity from which two faces are the same person (default: the active embedder's own, GET /models; each embedder has its own scale)
                         * @example 0.356
                         */
                        threshold?: number;
                        /**
                         * @description true: an unknown face also names the persons it came closest to under the threshold (at most 3, best first), for a human to review; nothing is recorded for them
                         * @default false
                         */
                        include_candidates?: boolean;
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
                                /** @description with include_candidates=true: when no face matched, the closest persons under the threshold; else empty */
                                candidates?: {
                                    person_id: string;
                                    name: string | null;
                                    external_id: string | null;
                                    /** @description of the most similar face of the person; under the threshold */
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
                        /**
                         * @description cosine similarity from which two faces are the same person (default: the active embedder's own, GET /models; each embedder has its own scale)
                         * @example 0.356
                         */
                        threshold?: number;
                        /**
                         * @description faces under this quality score are left out (default: the quality.threshold setting; 0 keeps every face)
                         * @example 0
                         */
                        quality_threshold?: number;
                        /**
                         * @description true: an unknown face also names the persons it came closest to under the threshold (at most 3, best first), for a human to review; nothing is recorded for them
                         * @default false
                         */
                        include_candidates?: boolean;
                        /** @description keep the photo as evidence when someone is recognized in it (default: FREEFACE_RECOGNITION_STORE_EVIDENCE, on); false: the photo is not kept and image_id answers null */
                        store_evidence?: boolean;
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
                        /**
                         * @description cosine similarity from which two faces are the same person (default: the active embedder's own, GET /models; each embedder has its own scale)
                         * @example 0.356
                         */
                        threshold?: number;
                        /**
                         * @description faces under this quality score are left out (default: the quality.threshold setting; 0 keeps every face)
                         * @example 0
                         */
                        quality_threshold?: number;
                        /**
                         * @description true: an unknown face also names the persons it came closest to under the threshold (at most 3, best first), for a human to review; nothing is recorded for them
                         * @default false
                         */
                        include_candidates?: boolean;
                        /** @description keep the photo as evidence when someone is recognized in it (default: FREEFACE_RECOGNITION_STORE_EVIDENCE, on); false: the photo is not kept and image_id answers null */
                        store_evidence?: boolean;
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
                                    /** @description the appearance recorded for the person named (in the person's timeline); null when unknown */
                                    appearance_id: string | null;
                                    /** @description with include_candidates=true: for an unknown face, the closest persons under the threshold; else empty */
                                    candidates?: {
                                        person_id: string;
                                        name: string | null;
                                        external_id: string | null;
                                        /** @description of the most similar face of the person; under the threshold */
                                        similarity: number;
                                    }[];
                                }[];
                                /** @description the photo kept as evidence (GET /images/{image_id}; the timeline names it); null when nobody was recognized, or store_evidence was false */
                                image_id: string | null;
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
                                    /** @description the pose estimated from the landmarks (every detector gives eyes, nose and mouth) */
                                    pose: {
                                        /** @description left-right turn, -1 to 1 (0: frontal; about +-0.3 at 30-40 degrees) */
                                        yaw: number;
                                        /** @description up-down tilt, -1 (looking up) to 1 (looking down); 0: level */
                                        pitch: number;
                                        /** @description in-plane tilt of the eye line, degrees */
                                        roll_degrees: number;
                                        /** @description 1 straight at the camera, down to 0 as the face turns or tilts away */
                                        frontal: number;
                                    };
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
                        /**
                         * @description cosine similarity from which two faces are the same person (default: the active embedder's own, GET /models; each embedder has its own scale)
                         * @example 0.356
                         */
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
                        /**
                         * @description cosine similarity from which two faces are the same person (default: the active embedder's own, GET /models; each embedder has its own scale)
                         * @example 0.356
                         */
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
        /** The persons, a page at a time: newest first, or by name; q= finds by name or external id */
        get: {
            parameters: {
                query?: {
                    /** @description items per page */
                    limit?: number;
                    /** @description next_page_token of the previous page of the same list, unchanged */
                    page_token?: string;
                    /** @description newest: by creation time, newest first (ties by person_id); name: by name ignoring case, persons without a name last (ties by person_id). A page token continues the order it came from. */
                    order?: "newest" | "name";
                    /** @description only the persons whose name or external id contains this text, ignoring case, over the whole collection in the order asked; a page may hold fewer persons than limit while next_page_token goes on */
                    q?: string;
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
                                    /** @description null: the retention setting applies */
                                    retention_days: number | null;
                                    /** @description how many faces the person has */
                                    face_count: number;
                                    /** @description the person's best-quality face (among equals the oldest), for GET /faces/{face_id}/thumbnail; null without faces */
                                    cover_face_id: string | null;
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
                /** @description an error: HEADERS_TOO_LARGE */
                431: {
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
                        /** @description days this person's appearances are kept, overriding FREEFACE_RETENTION_APPEARANCE_DAYS (0: for ever; null: the setting) */
                        retention_days?: number;
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
                                /** @description null: the retention setting applies */
                                retention_days: number | null;
                                /** @description how many faces the person has */
                                face_count: number;
                                /** @description the person's best-quality face (among equals the oldest), for GET /faces/{face_id}/thumbnail; null without faces */
                                cover_face_id: string | null;
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
                                    /** @description null: the retention setting applies */
                                    retention_days: number | null;
                                    /** @description how many faces the person has */
                                    face_count: number;
                                    /** @description the person's best-quality face (among equals the oldest), for GET /faces/{face_id}/thumbnail; null without faces */
                                    cover_face_id: string | null;
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
                /** @description an error: HEADERS_TOO_LARGE */
                431: {
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
                                /** @description null: the retention setting applies */
                                retention_days: number | null;
                                /** @description how many faces the person has */
                                face_count: number;
                                /** @description the person's best-quality face (among equals the oldest), for GET /faces/{face_id}/thumbnail; null without faces */
                                cover_face_id: string | null;
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
                                /** @description null: the retention setting applies */
                                retention_days: number | null;
                                /** @description how many faces the person has */
                                face_count: number;
                                /** @description the person's best-quality face (among equals the oldest), for GET /faces/{face_id}/thumbnail; null without faces */
                                cover_face_id: string | null;
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
                        /** @description days this person's appearances are kept, overriding FREEFACE_RETENTION_APPEARANCE_DAYS (0: for ever; null: the setting) */
                        retention_days?: number | null;
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
                                /** @description null: the retention setting applies */
                                retention_days: number | null;
                                /** @description how many faces the person has */
                                face_count: number;
                                /** @description the person's best-quality face (among equals the oldest), for GET /faces/{face_id}/thumbnail; null without faces */
                                cover_face_id: string | null;
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
                /** @description an error: HEADERS_TOO_LARGE */
                431: {
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
                /** @description an error: HEADERS_TOO_LARGE */
                431: {
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
                /** @description an error: HEADERS_TOO_LARGE */
                431: {
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
    "/api/v1/persons/{person_id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about a person as a tar archive: person.json, faces/<face_id>.json (with the embedding), images/, appearances.json and audit.json */
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
                /** @description a tar archive of the directory person-<person_id>/ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-tar": string;
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
    "/api/v1/faces/enroll/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The async enrollment jobs, newest first, by status and priority (status=dead_lettered: the dead letters, with why) */
        get: {
            parameters: {
                query?: {
                    /** @description only jobs in this state (dead_lettered: the dead letters) */
                    status?: "queued" | "processing" | "completed" | "failed" | "dead_lettered";
                    /** @description only jobs of this priority */
                    priority?: "critical" | "high" | "normal" | "low";
                    /** @description items per page */
                    limit?: number;
                    /** @description next_page_token of the previous page of the same list, unchanged */
                    page_token?: string;
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
                            /**
                             * @example {
                             *       "jobs": [
                             *         {
                             *           "job_id": "6f1c2a0e-0d3c-4b5e-9a51-2f6f3b1e8c10",
                             *           "status": "completed",
                             *           "priority": "normal",
                             *           "person_id": "0b7e9a52-3c1d-4f8e-8a2b-5d6c7e8f9a01",
                             *           "external_id": null,
                             *           "image_id": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                             *           "face_ids": [
                             *             "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
                             *           ],
                             *           "faces": [
                             *             {
                             *               "face_id": "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                             *               "person_id": "0b7e9a52-3c1d-4f8e-8a2b-5d6c7e8f9a01"
                             *             }
                             *           ],
                             *           "error": null,
                             *           "attempts": 1,
                             *           "webhook": {
                             *             "state": "given_up",
                             *             "attempts": 4,
                             *             "last_status_code": 503,
                             *             "last_error": "the receiver answered 503",
                             *             "last_attempt_at": "2026-11-25T10:00:09.000Z"
                             *           },
                             *           "created_at": "2026-11-25T10:00:00.000Z",
                             *           "updated_at": "2026-11-25T10:00:02.000Z"
                             *         }
                             *       ],
                             *       "next_page_token": null
                             *     }
                             */
                            data: {
                                /** @description newest first */
                                jobs: {
                                    job_id: string;
                                    /**
                                     * @description queued, processing, completed, failed (for good: the image cannot succeed), or dead_lettered (failed after every attempt with an error a retry may cure: POST /faces/enroll/jobs/{job_id}/retry sends it again)
                                     * @enum {string}
                                     */
                                    status: "queued" | "processing" | "completed" | "failed" | "dead_lettered";
                                    /** @enum {string} */
                                    priority: "critical" | "high" | "normal" | "low";
                                    /** @description the person the job enrolled into (known once it completes when it was sent with external_id); for a job that named none, the person its faces ended in once face-cluster put them all in one */
                                    person_id: string | null;
                                    external_id: string | null;
                                    image_id: string;
                                    /** @description the enrolled faces, once completed */
                                    face_ids: string[];
                                    /** @description each face of the job still enrolled, with the person it is with now */
                                    faces: {
                                        face_id: string;
                                        /** @description the person the face is with now (also when face-cluster put it in one later); null: none yet */
                                        person_id: string | null;
                                    }[];
                                    /** @description why the job failed or was dead-lettered (codes as in error answers, e.g. NO_FACE) */
                                    error: {
                                        code: string;
                                        message: string;
                                    } | null;
                                    attempts: number;
                                    /** @description how the webhook of the job went; null for a job without webhook_url */
                                    webhook: {
                                        /**
                                         * @description pending: not tried yet; retrying: failed so far, more tries to come; delivered: a 2xx; given_up: failed after every retry (settings webhooks.retries); rejected: the receiver answered another 4xx; not_sent: its URL or the API key of the job was refused
                                         * @enum {string}
                                         */
                                        state: "pending" | "retrying" | "delivered" | "given_up" | "rejected" | "not_sent";
                                        /** @description POSTs made so far */
                                        attempts: number;
                                        /** @description HTTP status of the last answer; null: none (network error) */
                                        last_status_code: number | null;
                                        /** @description why the last attempt failed; null when it did not */
                                        last_error: string | null;
                                        last_attempt_at: string | null;
                                    } | null;
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
                /** @description an error: HEADERS_TOO_LARGE */
                431: {
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
    "/api/v1/faces/enroll/jobs/{job_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead-lettered job again (202, Location: its status): queued with its attempts from zero; 409 for a job in another state or whose image is gone */
        post: {
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
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            /**
                             * @example {
                             *       "job_id": "6f1c2a0e-0d3c-4b5e-9a51-2f6f3b1e8c10",
                             *       "status": "completed",
                             *       "priority": "normal",
                             *       "person_id": "0b7e9a52-3c1d-4f8e-8a2b-5d6c7e8f9a01",
                             *       "external_id": null,
                             *       "image_id": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                             *       "face_ids": [
                             *         "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
                             *       ],
                             *       "faces": [
                             *         {
                             *           "face_id": "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                             *           "person_id": "0b7e9a52-3c1d-4f8e-8a2b-5d6c7e8f9a01"
                             *         }
                             *       ],
                             *       "error": null,
                             *       "attempts": 1,
                             *       "webhook": {
                             *         "state": "given_up",
                             *         "attempts": 4,
                             *         "last_status_code": 503,
                             *         "last_error": "the receiver answered 503",
                             *         "last_attempt_at": "2026-11-25T10:00:09.000Z"
                             *       },
                             *       "created_at": "2026-11-25T10:00:00.000Z",
                             *       "updated_at": "2026-11-25T10:00:02.000Z"
                             *     }
                             */
                            data: {
                                job_id: string;
                                /**
                                 * @description queued, processing, completed, failed (for good: the image cannot succeed), or dead_lettered (failed after every attempt with an error a retry may cure: POST /faces/enroll/jobs/{job_id}/retry sends it again)
                                 * @enum {string}
                                 */
                                status: "queued" | "processing" | "completed" | "failed" | "dead_lettered";
                                /** @enum {string} */
                                priority: "critical" | "high" | "normal" | "low";
                                /** @description the person the job enrolled into (known once it completes when it was sent with external_id); for a job that named none, the person its faces ended in once face-cluster put them all in one */
                                person_id: string | null;
                                external_id: string | null;
                                image_id: string;
                                /** @description the enrolled faces, once completed */
                                face_ids: string[];
                                /** @description each face of the job still enrolled, with the person it is with now */
                                faces: {
                                    face_id: string;
                                    /** @description the person the face is with now (also when face-cluster put it in one later); null: none yet */
                                    person_id: string | null;
                                }[];
                                /** @description why the job failed or was dead-lettered (codes as in error answers, e.g. NO_FACE) */
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                attempts: number;
                                /** @description how the webhook of the job went; null for a job without webhook_url */
                                webhook: {
                                    /**
                                     * @description pending: not tried yet; retrying: failed so far, more tries to come; delivered: a 2xx; given_up: failed after every retry (settings webhooks.retries); rejected: the receiver answered another 4xx; not_sent: its URL or the API key of the job was refused
                                     * @enum {string}
                                     */
                                    state: "pending" | "retrying" | "delivered" | "given_up" | "rejected" | "not_sent";
                                    /** @description POSTs made so far */
                                    attempts: number;
                                    /** @description HTTP status of the last answer; null: none (network error) */
                                    last_status_code: number | null;
                                    /** @description why the last attempt failed; null when it did not */
                                    last_error: string | null;
                                    last_attempt_at: string | null;
                                } | null;
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
                                /** @description the person that stays, as it is after the merge */
                                person: {
                                    person_id: string;
                                    external_id: string | null;
                                    name: string | null;
                                    metadata: {
                                        [key: string]: unknown;
                                    };
                                    /** @description null: the retention setting applies */
                                    retention_days: number | null;
                                    /** @description how many faces the person has */
                                    face_count: number;
                                    /** @description the person's best-quality face (among equals the oldest), for GET /faces/{face_id}/thumbnail; null without faces */
                                    cover_face_id: string | null;
                                    created_at: string;
                                    updated_at: string;
                                };
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
    "/api/v1/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The clusters nobody has named, largest first, with sample faces: those waiting for more faces and the persons clustering made (name one with POST /clusters/{cluster_id}/person) */
        get: {
            parameters: {
                query?: {
                    /** @description embedding model id (default: the current embedder) */
                    model?: string;
                    /** @description sample faces per cluster */
                    samples?: number;
                    /** @description items per page */
                    limit?: number;
                    /** @description next_page_token of the previous page of the same list, unchanged */
                    page_token?: string;
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
                            /**
                             * @example {
                             *       "clusters": [
                             *         {
                             *           "cluster_id": "3a9d6c1e-7b2f-4e8a-9c5d-1f0e2d3c4b5a",
                             *           "model": "dlib-resnet-128",
                             *           "person_id": null,
                             *           "face_count": 4,
                             *           "sample_faces": [
                             *             {
                             *               "face_id": "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
                             *               "image_id": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                             *               "bbox": {
                             *                 "x": 120,
                             *                 "y": 64,
                             *                 "width": 96,
                             *                 "height": 110
                             *               },
                             *               "detection_score": 0.97
                             *             }
                             *           ],
                             *           "updated_at": "2026-11-25T10:00:00.000Z"
                             *         }
                             *       ],
                             *       "next_page_token": null
                             *     }
                             */
                            data: {
                                /** @description largest first (then by id) */
                                clusters: {
                                    cluster_id: string;
                                    model: string;
                                    /** @description null: waiting for more faces; else the person clustering made of it, unnamed */
                                    person_id: string | null;
                                    face_count: number;
                                    /** @description the first faces of the cluster, to show whom it holds */
                                    sample_faces: {
                                        face_id: string;
                                        /** @description GET /images/{image_id} */
                                        image_id: string;
                                        /** @description the face box in image pixels: x, y of the top left corner */
                                        bbox: {
                                            x: number;
                                            y: number;
                                            width: number;
                                            height: number;
                                        };
                                        detection_score: number;
                                    }[];
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
                /** @description an error: HEADERS_TOO_LARGE */
                431: {
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
    "/api/v1/clusters/{cluster_id}/person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Name a cluster: it becomes a person with its faces (201, Location: the person), or the person clustering made of it is named (200); 409 for a cluster of a person someone named, or an external id taken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the cluster id */
                    cluster_id: string;
                };
                cookie?: never;
            };
            /** @description the person the cluster becomes: a name (required), optionally an external id and metadata */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the caller's own id for the person; unique (409 when taken) */
                        external_id?: string;
                        name: string;
                        /** @description any JSON object the caller wants kept with the person, within the limits of the settings (default: nested at most 8 levels deep, 256 keys in all, 16 KiB as JSON); beyond one, a 400 that names it */
                        metadata?: {
                            [key: string]: unknown;
                        };
                        /** @description days this person's appearances are kept, overriding FREEFACE_RETENTION_APPEARANCE_DAYS (0: for ever; null: the setting) */
                        retention_days?: number;
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
                            /**
                             * @example {
                             *       "cluster_id": "3a9d6c1e-7b2f-4e8a-9c5d-1f0e2d3c4b5a",
                             *       "person_id": "3a9d6c1e-7b2f-4e8a-9c5d-1f0e2d3c4b5a",
                             *       "created_person": true,
                             *       "assigned_faces": 4
                             *     }
                             */
                            data: {
                                cluster_id: string;
                                /** @description GET /persons/{person_id} */
                                person_id: string;
                                /** @description true: a new person (201); false: the person clustering had made of the cluster, now named (200) */
                                created_person: boolean;
                                /** @description faces of the cluster that went to the person now */
                                assigned_faces: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            /**
                             * @example {
                             *       "cluster_id": "3a9d6c1e-7b2f-4e8a-9c5d-1f0e2d3c4b5a",
                             *       "person_id": "3a9d6c1e-7b2f-4e8a-9c5d-1f0e2d3c4b5a",
                             *       "created_person": true,
                             *       "assigned_faces": 4
                             *     }
                             */
                            data: {
                                cluster_id: string;
                                /** @description GET /persons/{person_id} */
                                person_id: string;
                                /** @description true: a new person (201); false: the person clustering had made of the cluster, now named (200) */
                                created_person: boolean;
                                /** @description faces of the cluster that went to the person now */
                                assigned_faces: number;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{cluster_id}/faces/{face_id}/move_out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a face out of a cluster it does not belong in: into a cluster of its own, of no person (it leaves the cluster’s person too); 404 for a cluster without the face, 409 for the only face of its cluster. To give it to a person instead: POST /faces/{face_id}/move */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the cluster id */
                    cluster_id: string;
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
                            /**
                             * @example {
                             *       "face_id": "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
                             *       "cluster_id": "7c6b5a49-3827-4f16-9e5d-4c3b2a190807",
                             *       "previous_cluster_id": "3a9d6c1e-7b2f-4e8a-9c5d-1f0e2d3c4b5a",
                             *       "previous_person_id": null
                             *     }
                             */
                            data: {
                                face_id: string;
                                /** @description the cluster of its own the face is in now */
                                cluster_id: string;
                                previous_cluster_id: string;
                                /** @description the person of the cluster it left, which it left too; null: none */
                                previous_person_id: string | null;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{cluster_id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge two clusters of one face: the faces of from_cluster_id join the cluster (its centroid recomputed) and from_cluster_id goes; they go to the cluster’s person, if it has one (else to that of from_cluster_id), and a person clustering made left with no face is deleted. 400 for the same cluster twice or two models, 409 when both are of named persons: merge the persons with POST /persons/{person_id}/merge */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the cluster id */
                    cluster_id: string;
                };
                cookie?: never;
            };
            /** @description the cluster merged into the one of the path */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the cluster whose faces join this one; it goes */
                        from_cluster_id: string;
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
                            /**
                             * @example {
                             *       "cluster_id": "3a9d6c1e-7b2f-4e8a-9c5d-1f0e2d3c4b5a",
                             *       "merged_faces": 2,
                             *       "person_id": null
                             *     }
                             */
                            data: {
                                /** @description the cluster that stays, with the faces of both */
                                cluster_id: string;
                                /** @description faces that joined it */
                                merged_faces: number;
                                /** @description the person of the merged cluster, whom its faces went to; null: none, it waits for more faces */
                                person_id: string | null;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active detector and embedder, their thresholds and licences, and each model's face count */
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
                                detector: {
                                    /**
                                     * @description detector model id (models/manifest.json)
                                     * @example yunet-2023mar
                                     */
                                    id: string;
                                    /** @description the weights' licence */
                                    licence: string;
                                };
                                embedder: {
                                    /**
                                     * @description embedder model id (models/manifest.json)
                                     * @example yunet-2023mar
                                     */
                                    id: string;
                                    /** @description the weights' licence */
                                    licence: string;
                                    dimension: number;
                                    /** @description cosine similarity from which two faces are one person */
                                    match_threshold: number;
                                };
                                /** @description the embedder the settings name; differs from embedder.id until a re-embedding into it completes */
                                configured_embedder: string;
                                /** @description null when the configured embedder is the active one */
                                pending: {
                                    model: string;
                                    /** @description faces of the active embedder's index that this one lacks */
                                    missing_faces: number;
                                } | null;
                                indexes: {
                                    /** @description embedder id */
                                    model: string;
                                    /** @description faces whose vector the index of this embedder holds */
                                    faces: number;
                                }[];
                                /** @description the running or last re-embedding; null when none ran */
                                reindex: {
                                    /** @description the embedder that answered when the run started */
                                    from_model: string;
                                    /** @description the embedder whose index the run fills */
                                    to_model: string;
                                    /** @enum {string} */
                                    status: "running" | "completed" | "failed";
                                    /** @description faces to re-embed: those of the old model's index when the run started */
                                    total: number;
                                    /** @description faces whose vector the new index holds */
                                    done: number;
                                    /** @description faces left out: their image is gone, or no face was found at their box */
                                    skipped: number;
                                    /** @description ISO 8601 */
                                    started_at: string;
                                    finished_at: string | null;
                                    error: string | null;
                                } | null;
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
    "/api/v1/admin/reindex": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The progress of the running or last re-embedding (data null when none ran) */
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
                            /** @description a re-embedding: fills the new embedder’s index from the stored images while the old one answers */
                            data: {
                                /** @description the embedder that answered when the run started */
                                from_model: string;
                                /** @description the embedder whose index the run fills */
                                to_model: string;
                                /** @enum {string} */
                                status: "running" | "completed" | "failed";
                                /** @description faces to re-embed: those of the old model's index when the run started */
                                total: number;
                                /** @description faces whose vector the new index holds */
                                done: number;
                                /** @description faces left out: their image is gone, or no face was found at their box */
                                skipped: number;
                                /** @description ISO 8601 */
                                started_at: string;
                                finished_at: string | null;
                                error: string | null;
                            } | null;
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
        /** Start re-embedding every stored face into another embedder, in the background (202; 409 while one runs or for the active embedder) */
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
                        /**
                         * @description the embedder to re-embed into (default: the settings' FREEFACE_EMBEDDER)
                         * @example sface-2021dec
                         */
                        embedder?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            success: true;
                            message: string;
                            /** @description a re-embedding: fills the new embedder’s index from the stored images while the old one answers */
                            data: {
                                /** @description the embedder that answered when the run started */
                                from_model: string;
                                /** @description the embedder whose index the run fills */
                                to_model: string;
                                /** @enum {string} */
                                status: "running" | "completed" | "failed";
                                /** @description faces to re-embed: those of the old model's index when the run started */
                                total: number;
                                /** @description faces whose vector the new index holds */
                                done: number;
                                /** @description faces left out: their image is gone, or no face was found at their box */
                                skipped: number;
                                /** @description ISO 8601 */
                                started_at: string;
                                finished_at: string | null;
                                error: string | null;
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
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first, by actor, person and time window */
        get: {
            parameters: {
                query?: {
                    /** @description items per page */
                    limit?: number;
                    /** @description next_page_token of the previous page of the same list, unchanged */
                    page_token?: string;
                    /** @description entries of this user or API key only */
                    actor_id?: string;
                    /** @description entries about this person only */
                    person_id?: string;
                    /** @description from this time on (inclusive), ISO 8601 */
                    from?: string;
                    /** @description before this time (exclusive), ISO 8601 */
                    to?: string;
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
                                entries: {
                                    audit_id: string;
                                    /** Format: date-time */
                                    at: string;
                                    /** @description who made the call */
                                    actor: {
                                        /** @enum {string} */
                                        kind: "user" | "key" | "system";
                                        /** @description the user id, the API key id, or "retention" for the retention sweeper */
                                        id: string;
                                        /** @description the username or API key name at the time */
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    action: "search" | "recognize" | "verify" | "person.read" | "person.export" | "person.delete" | "face.delete" | "face.read" | "image.read" | "cluster.read";
                                    /** @description the address the call came from */
                                    client_address: string | null;
                                    /** @description the persons the call was about or found */
                                    person_ids: string[];
                                    /** @description the HTTP status of the answer */
                                    status: number;
                                    request_id: string | null;
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
                /** @description an error: HEADERS_TOO_LARGE */
                431: {
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
