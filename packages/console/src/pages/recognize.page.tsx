// Recognize: photos in, each face boxed with its name, similarity and quality; an unknown face can be enrolled
// into a person from here. Verify: are two photos the same person?
import { useEffect, useState } from 'react';
import { FileDrop } from '../components/file-drop.js';
import { RecognizedPhoto, type Where } from './recognized-photo.js';
import { VerifyPanel } from './verify-panel.js';

interface Photo {
  key: string;
  file: File;
}

export function RecognizePage() {
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [where, setWhere] = useState<Where>({});
  const add = (files: File[]) =>
    setPhotos((now) => [...files.map((file) => ({ key: `${file.name}-${crypto.randomUUID()}`, file })), ...now]);
  return (
    <>
      <section className="card" aria-labelledby="recognize-title">
        <h2 id="recognize-title">Who is in these photos?</h2>
        <FileDrop label="Photos to recognize" multiple onFiles={add} />
        <details>
          <summary>When and where (recorded on each recognized person's timeline)</summary>
          <WhereFields onChange={setWhere} />
        </details>
        {photos.length > 0 && (
          <button type="button" onClick={() => setPhotos([])}>
            Clear photos
          </button>
        )}
        <ul className="photos" aria-label="Recognized photos">
          {photos.map((photo) => (
            <li key={photo.key}>
              <RecognizedPhoto file={photo.file} where={where} />
            </li>
          ))}
        </ul>
      </section>
      <VerifyPanel />
    </>
  );
}

function WhereFields({ onChange }: { onChange: (w: Where) => void }) {
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [seenAt, setSeenAt] = useState('');
  const [source, setSource] = useState('');
  useEffect(() => {
    const la = Number.parseFloat(lat);
    const lo = Number.parseFloat(lon);
    onChange({
      seenAt: seenAt ? new Date(seenAt).toISOString() : undefined,
      location: Number.isFinite(la) && Number.isFinite(lo) ? { lat: la, lon: lo } : undefined,
      sourceId: source.trim() || undefined,
    });
  }, [lat, lon, seenAt, source, onChange]);
  return (
    <div className="inline">
      <label>
        Seen at
        <input type="datetime-local" value={seenAt} onChange={(e) => setSeenAt(e.target.value)} />
      </label>
      <label>
        Latitude
        <input inputMode="decimal" value={lat} onChange={(e) => setLat(e.target.value)} />
      </label>
      <label>
        Longitude
        <input inputMode="decimal" value={lon} onChange={(e) => setLon(e.target.value)} />
      </label>
      <label>
        Source (camera, album)
        <input value={source} onChange={(e) => setSource(e.target.value)} />
      </label>
    </div>
  );
}
