// The code to paste, with its copy button, and a live preview of the embed at the chosen size.
import { CopyableText } from '../ui/CopyableText';

export function EmbedCode({ snippet }: { snippet: string }) {
  return <CopyableText label="Code to paste into your page" text={snippet} rows={5} copyLabel="Copy code" />;
}

export function EmbedPreview({
  src,
  width,
  height,
}: {
  src: string;
  width: number | '100%';
  height: number;
}) {
  return (
    <>
      <p className="embed-dialog__preview-label">
        Preview at {width === '100%' ? 'full width' : `${width} px`} × {height} px
      </p>
      {/* Focusable so keyboard users can scroll a preview larger than the dialog. */}
      <div className="embed-dialog__preview" tabIndex={0} role="region" aria-label="Preview">
        <iframe
          src={src}
          title="Preview of the embedded timeline"
          width={width}
          height={height}
          loading="lazy"
        />
      </div>
    </>
  );
}
