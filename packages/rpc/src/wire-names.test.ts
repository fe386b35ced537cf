import { join } from 'node:path';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { PROTO_DIR } from './proto-definitions.js';

// One name for one thing across REST, gRPC and events: a face's box is bbox with its detection_score.

describe('the wire names of proto/', () => {
  it('call a face box bbox and its detector confidence detection_score, as REST does', () => {
    const root = new protobuf.Root().loadSync(join(PROTO_DIR, 'extractor.proto'), { keepCase: true });
    for (const name of ['freeface.extractor.v1.DetectedFace', 'freeface.extractor.v1.ExtractedFace']) {
      const fields = Object.keys(root.lookupType(name).fields);
      expect(fields, name).toEqual(expect.arrayContaining(['bbox', 'detection_score']));
      expect(fields, name).not.toContain('box');
      expect(fields, name).not.toContain('score');
    }
  });
});
