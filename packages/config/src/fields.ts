import { z } from 'zod';

// Field types for settings read from environment strings. Each error message says what is expected,
// so a bad setting can be fixed from the message alone.

export const port = (fallback: number) =>
  z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a whole port number')
    .min(1, 'expected a port from 1 to 65535')
    .max(65535, 'expected a port from 1 to 65535')
    .default(fallback);

export const int = (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ error: `expected a whole number from ${min} to ${max}` })
    .int(`expected a whole number from ${min} to ${max}`)
    .min(min, `expected a whole number from ${min} to ${max}`)
    .max(max, `expected a whole number from ${min} to ${max}`)
    .default(fallback);

export const fraction = (fallback: number) =>
  z.coerce
    .number({ error: 'expected a number from 0 to 1' })
    .min(0, 'expected a number from 0 to 1')
    .max(1, 'expected a number from 0 to 1')
    .default(fallback);

export const text = (fallback: string) => z.string().min(1, 'expected a non-empty value').default(fallback);

export const optionalText = () => z.string().min(1).optional();

export const choice = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.enum(values, { error: `expected one of: ${values.join(', ')}` }).default(fallback);

export const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .default(fallback);

/** A comma-separated list, e.g. "host1:9092,host2:9092". */
export const list = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string()).min(1, 'expected a comma-separated list with at least one item'));

/** A comma-separated list of TCP ports, e.g. "80,443". */
export const portList = (fallback: string) =>
  list(fallback).pipe(
    z.array(
      z
        .string()
        .regex(/^\d+$/, 'expected port numbers')
        .transform(Number)
        .pipe(z.number().int().min(1, 'expected ports from 1 to 65535').max(65_535, 'expected ports from 1 to 65535')),
    ),
  );

/** An optional comma-separated list of known values, e.g. "api,extractor"; unset or empty: undefined. */
export const optionalChoices = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) =>
      v
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values, { error: `expected a comma-separated list of: ${values.join(', ')}` })).optional());

export const url = (fallback: string) =>
  z.url({ error: 'expected a URL such as http://127.0.0.1:9000' }).default(fallback);

export const optionalUrl = () => z.url({ error: 'expected a URL such as http://127.0.0.1:4318' }).optional();

export const pattern = (fallback: string, re: RegExp, expected: string) =>
  z.string().regex(re, `expected ${expected}`).default(fallback);
