// Images the API serves, fetched with the user's token (an <img src> could not send it) and shown from a
// blob: URL, revoked when the component goes: a stored image, or a face's thumbnail
// (GET /faces/{face_id}/thumbnail), fetched only once it comes near the screen.
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useApp } from '../app-context.js';

type BlobCall = () => Promise<{ data?: unknown; response: Response }>;

/** A blob: URL of what `call` answers (undefined: not asked, loading, or failed), `key` naming what it is. */
function useBlobUrl(key: string | undefined, call: BlobCall): { url: string | undefined; failed: boolean } {
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `call` fetches
  useEffect(() => {
    if (!key) return;
    let live = true;
    let made: string | undefined;
    setFailed(false);
    call().then(
      ({ data, response }) => {
        if (!live) return;
        if (!response.ok || !(data instanceof Blob)) return setFailed(true);
        made = URL.createObjectURL(data);
        setUrl(made);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
      setUrl(undefined);
    };
  }, [key]);
  return { url, failed };
}

/** A blob: URL of the stored image, or undefined while it loads or when it cannot be had. */
export function useImageUrl(imageId: string | undefined): { url: string | undefined; failed: boolean } {
  const { client } = useApp();
  return useBlobUrl(imageId, () =>
    client.GET('/api/v1/images/{image_id}/download', {
      params: { path: { image_id: imageId as string } },
      parseAs: 'blob',
    }),
  );
}

/** Whether the element has come within a screen of the viewport (then stays true): lazy loading. */
function useNearScreen<E extends Element>(): [RefObject<E | null>, boolean] {
  const ref = useRef<E>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near];
}

/** The face's thumbnail as the API cuts it (a square JPEG around the face), `size` CSS pixels wide. */
export function FaceThumbnail({ faceId, label, size = 96 }: { faceId: string; label: string; size?: number }) {
  const { client } = useApp();
  const [ref, near] = useNearScreen<HTMLSpanElement>();
  // twice the CSS size: sharp on a high-density screen
  const pixels = Math.min(1024, size * 2);
  const { url, failed } = useBlobUrl(near ? `${faceId}@${pixels}` : undefined, () =>
    client.GET('/api/v1/faces/{face_id}/thumbnail', {
      params: { path: { face_id: faceId }, query: { size: pixels } },
      parseAs: 'blob',
    }),
  );
  const style = { width: size, height: size };
  if (failed)
    return <span className="thumb missing" style={style} role="img" aria-label={`${label} (not available)`} />;
  if (!url)
    return <span ref={ref} className="thumb loading" style={style} role="img" aria-label={`${label} (loading)`} />;
  return <img className="thumb" style={style} src={url} alt={label} data-testid="face-thumbnail" />;
}
