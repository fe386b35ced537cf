import { describe, expect, it } from 'vitest';
import { keyFigures } from './metrics.js';

describe('keyFigures', () => {
  it("sums the platform's counters and gauges over their labels, and leaves out the rest", () => {
    const figures = keyFigures([
      { name: 'freeface_faces_enrolled_total', help: 'faces', type: 'counter', values: [{ value: 2 }, { value: 3 }] },
      { name: 'freeface_faces_recognized_total', help: 'never yet', type: 'counter', values: [] },
      { name: 'freeface_enroll_jobs_waiting', help: 'queue', type: 'gauge', values: [{ value: 0 }] },
      { name: 'freeface_http_request_duration_seconds', help: 'h', type: 'histogram', values: [{ value: 9 }] },
      { name: 'process_cpu_seconds_total', help: 'cpu', type: 'counter', values: [{ value: 5 }] },
    ]);
    expect(figures).toEqual([
      { name: 'freeface_faces_enrolled_total', help: 'faces', type: 'counter', value: 5 },
      { name: 'freeface_enroll_jobs_waiting', help: 'queue', type: 'gauge', value: 0 },
    ]);
  });
});
