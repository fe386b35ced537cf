import descriptor from 'protobufjs/ext/descriptor/index.js';
import { describe, expect, it } from 'vitest';
import { loadStandardProtos } from './proto-definitions.js';
import { mapEntryName, withProtobufMapEntries } from './reflection-descriptors.js';

interface Message {
  name: string;
  field: Array<{ name: string; typeName: string }>;
  nestedType: Message[];
}

const healthList = (definition: ReturnType<typeof loadStandardProtos>): Message | undefined => {
  const entry = definition['grpc.health.v1.HealthListResponse'] as { fileDescriptorProtos: Uint8Array[] };
  for (const bytes of entry.fileDescriptorProtos) {
    const file = descriptor.FileDescriptorProto.decode(bytes) as unknown as { messageType: Message[] };
    const message = file.messageType.find((m) => m.name === 'HealthListResponse');
    if (message) return message;
  }
  return undefined;
};

describe('descriptors served by reflection', () => {
  it('name map entries as protobuf does', () => {
    expect(mapEntryName('statuses')).toBe('StatusesEntry');
    expect(mapEntryName('data_map')).toBe('DataMapEntry');
  });

  it('fix the map of grpc.health.v1 that protobufjs names after its field', () => {
    const loaded = loadStandardProtos();
    expect(healthList(loaded)?.nestedType[0]?.name).toBe('Statuses'); // what protobufjs gives; grpcurl refuses it
    const fixed = healthList(withProtobufMapEntries(loaded));
    expect(fixed?.nestedType.map((n) => n.name)).toEqual(['StatusesEntry']);
    expect(fixed?.field[0]?.typeName).toMatch(/(^|\.)StatusesEntry$/);
  });
});
