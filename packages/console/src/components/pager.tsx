// Paging over a list the API answers a page at a time (next_page_token): the token of the page shown, and
// Previous / Next buttons that walk the tokens seen so far.
import { useState } from 'react';

export function usePager() {
  const [before, setBefore] = useState<string[]>([]); // the tokens of the pages before this one
  const [token, setToken] = useState<string>();
  return {
    token,
    /** back to the first page (after a filter changed) */
    reset() {
      setBefore([]);
      setToken(undefined);
    },
    previous() {
      setToken(before.at(-1) || undefined);
      setBefore(before.slice(0, -1));
    },
    next(nextToken: string) {
      setBefore([...before, token ?? '']);
      setToken(nextToken);
    },
    hasPrevious: before.length > 0,
  };
}

export function Pager({
  pager,
  nextToken,
  label,
}: {
  pager: ReturnType<typeof usePager>;
  nextToken: string | null | undefined;
  label: string;
}) {
  if (!pager.hasPrevious && !nextToken) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={!pager.hasPrevious} onClick={pager.previous}>
        Previous
      </button>
      <button type="button" disabled={!nextToken} onClick={() => nextToken && pager.next(nextToken)}>
        Next
      </button>
    </nav>
  );
}
