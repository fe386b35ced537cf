// Docker HEALTHCHECK of the FreeFace images: exits 0 when the URL answers 2xx within 4 seconds.
// The slim Node image has no curl; this is the same check with the runtime that is there.
//   node docker/healthcheck.mjs http://127.0.0.1:8080/api/v1/health/live
const url = process.argv[2];
if (!url) {
  console.error('usage: node docker/healthcheck.mjs <url>');
  process.exit(2);
}
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
