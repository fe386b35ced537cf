// npm run gen:grpc: the TypeScript types of the messages and services of proto/, written to
// packages/rpc/src/generated/. Its test (src/generated.test.ts) runs it into a temporary folder and fails
// when the committed files differ, so an edited .proto must be regenerated in the same commit.
//
// Why proto-loader-gen-types (from @grpc/proto-loader) rather than ts-proto or protobuf-es: the runtime
// already reads proto/ with @grpc/proto-loader (src/proto-definitions.ts), and this generator types exactly
// the plain objects that loader produces with the same options (camelCase fields, longs and enums as
// strings, defaults filled in, virtual oneof fields); ts-proto and protobuf-es generate their own
// encoders and classes, which would mean a second runtime or types that do not match the loader's objects.
// It is already installed with @grpc/proto-loader: nothing more to depend on.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: proto/ and the generator run from here, so the generated "Original file" lines match. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the generated files are committed. */
export const GENERATED_DIR = join(ROOT, 'packages/rpc/src/generated');
export const PROTO_FILES = ['extractor.proto', 'face_cluster.proto'] as const;

/**
 * The options of PROTO_OPTIONS (src/proto-definitions.ts) as generator flags: keepCase false (the default),
 * longs String, enums String, defaults, oneofs.
 */
const FLAGS = [
  '--longs=String',
  '--enums=String',
  '--defaults',
  '--oneofs',
  '--includeComments',
  '--grpcLib=@grpc/grpc-js',
  '--importFileExtension=.js',
];

const HEADER =
  '// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).\n' +
  '// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.\n';

const generator = join(
  dirname(createRequire(import.meta.url).resolve('@grpc/proto-loader/package.json')),
  'build/bin/proto-loader-gen-types.js',
);

/** Every file below `dir`, as paths relative to it, sorted. */
export function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path)];
    })
    .sort();
}

/** Generates the types into `outDir` (emptied first) and returns their paths relative to it. */
export function generateGrpcTypes(outDir: string): string[] {
  const staging = mkdtempSync(join(tmpdir(), 'freeface-gen-grpc-'));
  try {
    execFileSync(process.execPath, [generator, ...FLAGS, '-I', 'proto', '-O', staging, ...PROTO_FILES], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    rmSync(outDir, { recursive: true, force: true });
    return filesUnder(staging).map((name) => {
      mkdirSync(dirname(join(outDir, name)), { recursive: true });
      writeFileSync(join(outDir, name), HEADER + readFileSync(join(staging, name), 'utf8'));
      return name;
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = generateGrpcTypes(GENERATED_DIR);
  console.log(`${written.length} files in ${relative(ROOT, GENERATED_DIR)}`);
}
