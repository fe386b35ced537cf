// Images stored by the API, fetched with the user's token (an <img src> could not send it) and shown from a
// blob: URL; a face is cut out of its image by its box.
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../app-context.js';
import type { Box } from '../lib/files.js';

/** A blob: URL of the stored image, or undefined while it loads or when it cannot be had. */
export function useImageUrl(imageId: string | undefined): { url: string | undefined; failed: boolean } {
  const { client } = useApp();
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!imageId) return;
    let live = true;
    let made: string | undefined;
    setFailed(false);
    client.GET('/api/v1/images/{image_id}/download', { params: { path: { image_id: imageId } }, parseAs: 'blob' }).then(
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
    };
  }, [client, imageId]);
  return { url, failed };
}

/** The face `bbox` of stored image `imageId`, drawn into a square of `size` CSS pixels. */
export function FaceThumb({
  imageId,
  bbox,
  label,
  size = 96,
}: {
  imageId: string;
  bbox: Box;
  label: string;
  size?: number;
}) {
  const { url, failed } = useImageUrl(imageId);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!url || !canvas.current) return;
    const image = new Image();
    image.onload = () => {
      const context = canvas.current?.getContext('2d');
      if (!context) return;
      const side = Math.max(bbox.width, bbox.height) * 1.2;
      const cx = bbox.x + bbox.width / 2;
      const cy = bbox.y + bbox.height / 2;
      context.clearRect(0, 0, size * 2, size * 2);
      context.drawImage(image, cx - side / 2, cy - side / 2, side, side, 0, 0, size * 2, size * 2);
    };
    image.src = url;
  }, [url, bbox, size]);
  if (failed) return <span className="thumb missing" role="img" aria-label={`${label} (image not available)`} />;
  return (
    <canvas
      ref={canvas}
      className="thumb"
      width={size * 2}
      height={size * 2}
      style={{ width: size, height: size }}
      role="img"
      aria-label={label}
    />
  );
}
