// An answer of the REST API that was not a success, with the API's own message (shown to the user as it is).

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type DataOf<D> = D extends { data: infer T } ? T : undefined;

interface Answer<D> {
  data?: D | undefined;
  error?: unknown;
  response: Response;
}

/** The ApiError of a refused answer: the envelope's message and code, else the HTTP status. */
export function apiErrorOf(error: unknown, response: Response): ApiError {
  const envelope = error as { message?: unknown; code?: unknown } | undefined;
  const message =
    typeof envelope?.message === 'string' ? envelope.message : `${response.status} ${response.statusText}`.trim();
  return new ApiError(message, response.status, typeof envelope?.code === 'string' ? envelope.code : undefined);
}

/** Waits for a call; a network failure becomes an ApiError that says the API did not answer. */
export async function answered<A>(call: Promise<A>): Promise<A> {
  try {
    return await call;
  } catch (error) {
    throw new ApiError(`the API did not answer: ${(error as Error).message}`, 0, 'NETWORK');
  }
}

/** The `data` of the API's envelope, or an ApiError with the envelope's message and code. */
export async function unwrap<D>(call: Promise<Answer<D>>): Promise<DataOf<D>> {
  const answer = await answered(call);
  if (answer.response.ok) return (answer.data as { data?: unknown } | undefined)?.data as DataOf<D>;
  throw apiErrorOf(answer.error, answer.response);
}

/** What to show for anything thrown by a call. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
