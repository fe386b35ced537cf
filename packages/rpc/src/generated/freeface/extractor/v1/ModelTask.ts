// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

export const ModelTask = {
  MODEL_TASK_UNSPECIFIED: 'MODEL_TASK_UNSPECIFIED',
  MODEL_TASK_DETECT: 'MODEL_TASK_DETECT',
  MODEL_TASK_EMBED: 'MODEL_TASK_EMBED',
} as const;

export type ModelTask =
  | 'MODEL_TASK_UNSPECIFIED'
  | 0
  | 'MODEL_TASK_DETECT'
  | 1
  | 'MODEL_TASK_EMBED'
  | 2

export type ModelTask__Output = typeof ModelTask[keyof typeof ModelTask]
