import type { PackageDefinition } from '@grpc/proto-loader';
import descriptor from 'protobufjs/ext/descriptor/index.js';

// protobufjs names the entry message of a map field after the field ("Statuses"), where protobuf requires
// "<CamelCaseField>Entry" ("StatusesEntry"). Served through reflection as is, such a file is refused by strict
// clients (grpcurl: "invalid map: incorrect implicit map entry name", fullstorydev/grpcurl#519).
// grpc.health.v1 has a map (HealthListResponse.statuses), so the descriptors reflection serves are fixed here.

interface FieldDescriptor {
  name?: string;
  typeName?: string;
}
interface MessageDescriptor {
  name?: string;
  field?: FieldDescriptor[];
  nestedType?: MessageDescriptor[];
  options?: { mapEntry?: boolean } | null;
}

/** protobuf's implicit map entry name: "data_map" -> "DataMapEntry". */
export const mapEntryName = (field: string): string =>
  `${field.replace(/(^|_)([a-z0-9])/g, (_m, _sep, c: string) => c.toUpperCase())}Entry`;

function fixMessage(message: MessageDescriptor): void {
  for (const nested of message.nestedType ?? []) {
    fixMessage(nested);
    if (!nested.options?.mapEntry || !nested.name) continue;
    const old = nested.name;
    const field = message.field?.find((f) => f.typeName === old || f.typeName?.endsWith(`.${old}`));
    if (!field?.name || !field.typeName) continue;
    const entry = mapEntryName(field.name);
    field.typeName = `${field.typeName.slice(0, -old.length)}${entry}`;
    nested.name = entry;
  }
}

function fixFile(bytes: Uint8Array): Uint8Array {
  const file = descriptor.FileDescriptorProto.decode(bytes) as unknown as { messageType?: MessageDescriptor[] };
  for (const message of file.messageType ?? []) fixMessage(message);
  return descriptor.FileDescriptorProto.encode(file as never).finish();
}

/** A copy of `definition` whose file descriptors name map entries as protobuf does, for the reflection service. */
export function withProtobufMapEntries(definition: PackageDefinition): PackageDefinition {
  const fixed = new Map<Uint8Array, Uint8Array>();
  const fix = (bytes: Uint8Array) => fixed.get(bytes) ?? fixed.set(bytes, fixFile(bytes)).get(bytes) ?? bytes;
  return Object.fromEntries(
    Object.entries(definition).map(([name, entry]) => [
      name,
      'fileDescriptorProtos' in entry && Array.isArray(entry.fileDescriptorProtos)
        ? { ...entry, fileDescriptorProtos: entry.fileDescriptorProtos.map((b) => fix(b as Uint8Array)) }
        : entry,
    ]),
  ) as PackageDefinition;
}
