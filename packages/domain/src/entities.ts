// The records the platform keeps. Ids are chosen before a write (uuid v4, or sha256 for images),
// so a retried write stores the same thing again rather than a second copy.

export type Role = 'admin' | 'operator' | 'viewer';
export type Priority = 'critical' | 'high' | 'normal' | 'low';
export type JobStatus = 'queued' | 'processing' | 'completed' | 'failed';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Person {
  id: string;
  externalId?: string;
  name?: string;
  metadata: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}

export interface Face {
  id: string;
  /** undefined while the face belongs to no person (clustering picks these up) */
  personId?: string;
  imageId: string;
  /** embedding model id; vectors live in that model's collection */
  model: string;
  box: FaceBox;
  detectionScore: number;
  quality: number;
  createdAt: Date;
}

export interface ImageRecord {
  /** sha256 of the bytes, hex: the same bytes are the same image */
  id: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
  createdAt: Date;
}

/** One appearance of a person: the tracking record. */
export interface Appearance {
  personId: string;
  seenAt: Date;
  /** the face as seen in that image: the same image and face box give the same id (appearanceIdOf) */
  appearanceId: string;
  imageId: string;
  similarity: number;
  sourceId?: string;
  location?: GeoPoint;
}

export interface EnrollJob {
  id: string;
  status: JobStatus;
  priority: Priority;
  imageId: string;
  personId?: string;
  externalId?: string;
  options: Record<string, unknown>;
  webhookUrl?: string;
  faceIds: string[];
  error?: string;
  attempts: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface User {
  id: string;
  username: string;
  passwordHash: string;
  role: Role;
  createdAt: Date;
  /** access tokens issued before this time are refused (set when the password changes) */
  tokensValidAfter?: Date | undefined;
}

export interface ApiKey {
  id: string;
  name: string;
  /** sha256 of the key; the key itself is shown once and never stored */
  keyHash: string;
  role: Role;
  /** signs webhooks of the jobs made with this key */
  webhookSecret: string;
  createdAt: Date;
  revoked: boolean;
}

/** A group of unassigned faces of one model, grown incrementally by face-cluster. */
export interface FaceCluster {
  id: string;
  model: string;
  centroid: number[];
  faceIds: string[];
  personId?: string;
  updatedAt: Date;
}

export interface Page<T> {
  items: T[];
  /** pass back to get the next page; undefined on the last page */
  nextPageToken?: string;
}

/** How a list of persons is sorted: newest created first, or by name (ignoring case; persons without one last). */
export type PersonOrder = 'newest' | 'name';
export const PERSON_ORDERS: readonly PersonOrder[] = ['newest', 'name'];

/**
 * The key the name order sorts by, the same in every store: named persons ('0' + the name in lower case) before
 * nameless ones ('1'); equal keys go by id.
 */
export const personNameKey = (name: string | undefined): string =>
  name === undefined ? '1' : `0${name.toLowerCase()}`;

export interface PageRequest {
  limit: number;
  pageToken?: string;
}
