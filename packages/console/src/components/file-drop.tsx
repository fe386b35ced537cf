// Drop photos here, or pick them: a labelled file input inside a drop zone (keyboard users use the input).
import { type DragEvent, useId, useState } from 'react';

interface Props {
  label: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}

export function FileDrop({ label, multiple, onFiles }: Props) {
  const id = useId();
  const [over, setOver] = useState(false);
  const images = (list: FileList | null | undefined) => [...(list ?? [])].filter((f) => f.type.startsWith('image/'));
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = images(event.dataTransfer.files);
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is the mouse's shortcut; the labelled input is the way for everyone
    <div
      className={`drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept="image/*"
        multiple={multiple}
        onChange={(e) => {
          const files = images(e.target.files);
          if (files.length) onFiles(files);
        }}
      />
      <span className="muted">or drop {multiple ? 'photos' : 'a photo'} here</span>
    </div>
  );
}
