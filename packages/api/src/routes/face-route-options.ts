import type { MetadataLimits } from '@freeface/domain';
import type { FaceMetrics } from '../http/face-metrics.js';
import type { FaceServices } from '../services/face-services.js';
import type { ImageBytes } from '../services/image-data.js';

/** What the face, person and image routes share: one set of services per app. */
export interface FaceRouteOptions {
  services: FaceServices;
  metrics: FaceMetrics;
  /** the bytes of a base64 field, refused when not an image or too large */
  imageOf(field: string, base64: string): ImageBytes;
  /** settings auth.webhookAllowPrivate: webhook URLs may name loopback and private addresses */
  webhookAllowPrivate: boolean;
  /** settings webhooks.ports: the ports webhook URLs may name */
  webhookPorts: readonly number[];
  /** settings api.metadata*: what the metadata of a person may hold */
  metadataLimits: MetadataLimits;
}
