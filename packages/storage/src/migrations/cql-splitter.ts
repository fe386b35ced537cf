// Splits a .cql migration into its up and down statements.
// Sections start at the comment lines `-- migrate:up` and `-- migrate:down`; statements end at a `;`
// outside string literals ('...', $$...$$), quoted identifiers ("...") and comments (--, //, /* */).
// Comments are left out of the statements.

export interface CqlSections {
  up: string[];
  down: string[];
}

type Section = 'before' | 'up' | 'down';

const MARKER = /^migrate:(up|down)$/;

export function splitCqlMigration(source: string, fileName = 'migration'): CqlSections {
  const sections: Record<Section, string[]> = { before: [], up: [], down: [] };
  const seen = new Set<Section>();
  let section: Section = 'before';
  let current = '';
  let line = 1;
  const fail = (message: string): never => {
    throw new Error(`${fileName}:${line}: ${message}`);
  };
  const flush = () => {
    const statement = current.trim();
    if (statement) sections[section].push(statement);
    current = '';
  };

  let i = 0;
  const n = source.length;
  /** index just after the closing delimiter, counting lines on the way */
  const skipTo = (start: number, close: string, what: string): number => {
    const end = source.indexOf(close, start);
    if (end < 0) fail(`unterminated ${what}`);
    for (let k = start; k < end; k++) if (source[k] === '\n') line++;
    return end + close.length;
  };
  /** a quoted literal where the quote doubled stands for itself */
  const skipQuoted = (start: number, quote: string, what: string): number => {
    let k = start + 1;
    for (;;) {
      k = skipTo(k, quote, what);
      if (source[k] !== quote) return k;
      k++;
    }
  };

  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if ((c === '-' && next === '-') || (c === '/' && next === '/')) {
      let end = source.indexOf('\n', i);
      if (end < 0) end = n;
      const marker = MARKER.exec(source.slice(i + 2, end).trim());
      if (marker) {
        const target = marker[1] as 'up' | 'down';
        if (current.trim()) fail(`statement not ended with ';' before -- migrate:${target}`);
        if (seen.has(target)) fail(`-- migrate:${target} appears twice`);
        if (target === 'up' && seen.has('down')) fail('-- migrate:up must come before -- migrate:down');
        seen.add(target);
        section = target;
      }
      current += ' ';
      i = end;
    } else if (c === '/' && next === '*') {
      i = skipTo(i + 2, '*/', 'block comment');
      current += ' ';
    } else if (c === "'" || c === '"') {
      const end = skipQuoted(i, c, c === "'" ? 'string' : 'quoted identifier');
      current += source.slice(i, end);
      i = end;
    } else if (c === '$' && next === '$') {
      const end = skipTo(i + 2, '$$', '$$ string');
      current += source.slice(i, end);
      i = end;
    } else if (c === ';') {
      flush();
      i++;
    } else {
      if (c === '\n') line++;
      current += c;
      i++;
    }
  }
  if (current.trim()) fail(`statement not ended with ';' at the end of the file`);
  if (!seen.has('up')) fail('no -- migrate:up section');
  if (sections.before.length > 0) fail('statements before -- migrate:up');
  return { up: sections.up, down: sections.down };
}
