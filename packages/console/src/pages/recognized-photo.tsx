// One photo sent to POST /faces/recognize: the photo with a numbered box on each face, and beside it who each
// face is (or that it is unknown, with a way to enroll it).
import { useEffect, useMemo, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { useApp } from '../app-context.js';
import { Busy, ErrorNote } from '../components/status.js';
import { base64Of, boxStyle } from '../lib/files.js';
import { useLoad } from '../lib/use-load.js';
import { EnrollFace } from './enroll-face.js';
import { QualityReasons } from './quality-reasons.js';

export interface Where {
  seenAt?: string | undefined;
  location?: { lat: number; lon: number } | undefined;
  sourceId?: string | undefined;
}

export function RecognizedPhoto({ file, where }: { file: File; where: Where }) {
  const { client, may } = useApp();
  const url = useMemo(() => URL.createObjectURL(file), [file]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const [size, setSize] = useState<{ w: number; h: number }>();
  // what the photo was recognized with: a later change of the when-and-where fields does not resend it
  const [sentWhere] = useState(where);
  const result = useLoad(
    async () =>
      unwrap(
        client.POST('/api/v1/faces/recognize', {
          body: {
            image_data: await base64Of(file),
            enable_multi_face: true,
            seen_at: sentWhere.seenAt,
            location: sentWhere.location,
            source_id: sentWhere.sourceId,
          },
        }),
      ),
    [client, file, sentWhere],
  );
  const faces = result.value?.faces ?? [];
  return (
    <article className="recognized" aria-label={`Recognition of ${file.name}`}>
      <div className="photo-frame">
        <img
          src={url}
          alt={`${file.name}, ${faces.length} faces`}
          onLoad={(e) => setSize({ w: e.currentTarget.naturalWidth, h: e.currentTarget.naturalHeight })}
        />
        {size &&
          faces.map((face, i) => (
            <span
              key={`${face.bbox.x}-${face.bbox.y}`}
              className={`box${face.person_id ? ' known' : ''}`}
              style={boxStyle(face.bbox, size.w, size.h)}
              data-testid="face-box"
            >
              <span className="box-label">
                {i + 1}. {face.name || (face.person_id ? face.external_id || face.person_id : 'unknown')}
              </span>
            </span>
          ))}
      </div>
      <div>
        <h3>{file.name}</h3>
        {result.loading && <Busy label="Recognizing…" />}
        <ErrorNote error={result.error} />
        {result.value && faces.length === 0 && <p className="empty">No face found in this photo.</p>}
        <ol className="faces">
          {faces.map((face, i) => (
            <li key={`${face.bbox.x}-${face.bbox.y}`} data-testid="face-row">
              <strong>
                {i + 1}. {face.person_id ? face.name || face.external_id || face.person_id : 'Unknown'}
              </strong>
              {face.person_id && <span> similarity {face.similarity?.toFixed(2)}</span>}
              <span className="muted"> quality {face.quality.toFixed(2)}</span>
              <QualityReasons
                file={file}
                bbox={face.bbox}
                given={(face as { quality_reasons?: string[] }).quality_reasons}
              />
              {!face.person_id && may('operator') && (
                <EnrollFace file={file} bbox={face.bbox} onEnrolled={result.reload} />
              )}
            </li>
          ))}
        </ol>
        {result.value && <p className="muted">similarity threshold {result.value.threshold.toFixed(2)}</p>}
      </div>
    </article>
  );
}
