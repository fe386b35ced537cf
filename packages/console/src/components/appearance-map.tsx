// Appearances on a map: OpenStreetMap tiles through Leaflet when the browser is online and the user has not
// chosen otherwise, else (and always without a network) a plain coordinate plot drawn here.
import { useEffect, useRef, useState } from 'react';
import { type Place, plotPlaces } from '../lib/geo-plot.js';

export interface MapPoint extends Place {
  /** unique among the points */
  id: string;
  label: string;
}

export const MAP_CHOICE_KEY = 'freeface.map';
type Choice = 'osm' | 'plot';

const initialChoice = (): Choice => {
  const stored = localStorage.getItem(MAP_CHOICE_KEY);
  if (stored === 'osm' || stored === 'plot') return stored;
  return navigator.onLine ? 'osm' : 'plot';
};

export function AppearanceMap({ points }: { points: MapPoint[] }) {
  const [choice, setChoice] = useState<Choice>(initialChoice);
  const choose = (next: Choice) => {
    localStorage.setItem(MAP_CHOICE_KEY, next);
    setChoice(next);
  };
  if (points.length === 0) return <p className="empty">No appearance with a location yet.</p>;
  return (
    <div>
      <fieldset className="inline">
        <legend>Map</legend>
        <label>
          <input type="radio" name="map" checked={choice === 'osm'} onChange={() => choose('osm')} />
          OpenStreetMap (online)
        </label>
        <label>
          <input type="radio" name="map" checked={choice === 'plot'} onChange={() => choose('plot')} />
          Coordinates only (offline)
        </label>
      </fieldset>
      {choice === 'osm' ? <TileMap points={points} /> : <CoordinatePlot points={points} />}
    </div>
  );
}

const W = 480;
const H = 280;

export function CoordinatePlot({ points }: { points: MapPoint[] }) {
  const { points: xy, bounds } = plotPlaces(points, W, H);
  return (
    <figure className="plot">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${points.length} appearances by latitude and longitude`}>
        <rect x="0" y="0" width={W} height={H} className="plot-bg" />
        {xy.map((p, i) => {
          const point = points[i] as MapPoint;
          return (
            <circle key={point.id} cx={p.x} cy={p.y} r="6" className="plot-point" data-testid="plot-point">
              <title>{`${point.label} (${point.lat.toFixed(5)}, ${point.lon.toFixed(5)})`}</title>
            </circle>
          );
        })}
      </svg>
      <figcaption className="muted">
        latitude {bounds.minLat.toFixed(4)} to {bounds.maxLat.toFixed(4)}, longitude {bounds.minLon.toFixed(4)} to{' '}
        {bounds.maxLon.toFixed(4)}
      </figcaption>
    </figure>
  );
}

function TileMap({ points }: { points: MapPoint[] }) {
  const box = useRef<HTMLElement>(null);
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    let map: { remove(): void } | undefined;
    let live = true;
    Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css')]).then(
      ([{ default: L }]) => {
        if (!live || !box.current) return;
        const m = L.map(box.current);
        L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
          maxZoom: 19,
          attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
        }).addTo(m);
        for (const p of points) L.circleMarker([p.lat, p.lon], { radius: 7 }).bindTooltip(p.label).addTo(m);
        m.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon])), { maxZoom: 15, padding: [24, 24] });
        map = m;
      },
      (e: unknown) => live && setFailed(String(e)),
    );
    return () => {
      live = false;
      map?.remove();
    };
  }, [points]);
  if (failed) return <CoordinatePlot points={points} />;
  return <section ref={box} className="tile-map" aria-label="Map of appearances" />;
}
