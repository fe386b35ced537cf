import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import { loadSync, type Options, type PackageDefinition } from '@grpc/proto-loader';
import { protoPath as healthProtoPath } from 'grpc-health-check';

/** proto/ at the project root: the platform's own services. */
export const PROTO_DIR = fileURLToPath(new URL('../../../proto/', import.meta.url));

/** How every service's messages look in TypeScript: src/generated is generated with the same options (gen:grpc). */
export const PROTO_OPTIONS: Options = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
};

const reflectionProtoDir = join(
  dirname(createRequire(import.meta.url).resolve('@grpc/reflection/package.json')),
  'build/proto',
);

/**
 * The standard services every server carries, so that reflection can describe them too:
 * grpc.health.v1 (from grpc-health-check) and grpc.reflection v1 and v1alpha (from @grpc/reflection).
 */
export function loadStandardProtos(): PackageDefinition {
  return loadSync(
    [healthProtoPath, 'grpc/reflection/v1/reflection.proto', 'grpc/reflection/v1alpha/reflection.proto'],
    { ...PROTO_OPTIONS, includeDirs: [reflectionProtoDir] },
  );
}

/** A file of proto/, e.g. "extractor.proto". */
export const loadProto = (file: string): PackageDefinition =>
  loadSync(file, { ...PROTO_OPTIONS, includeDirs: [PROTO_DIR] });

/**
 * A service of a loaded package, by its full name; throws when the proto does not declare it. T: its generated
 * definition (e.g. ExtractorDefinition of src/generated), which types each method's messages.
 */
export function serviceOf<T extends ServiceDefinition = ServiceDefinition>(
  definition: PackageDefinition,
  fullName: string,
): T {
  const service = definition[fullName];
  if (!service || 'format' in service) throw new Error(`service ${fullName} is not declared in the loaded protos`);
  return service as unknown as T;
}

/** One method of a service definition, typed with its plain request and response shapes. */
export function methodOf<Req, Res>(service: ServiceDefinition, name: string): MethodDefinition<Req, Res> {
  const method = service[name];
  if (!method) throw new Error(`method ${name} is not declared`);
  return method as MethodDefinition<Req, Res>;
}
