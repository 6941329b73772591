// The code to paste, with its copy button, and a live preview of the embed at the chosen size.
import { t } from '../model/i18n/intl';
import { CopyableText } from '../ui/CopyableText';

export function EmbedCode({ snippet }: { snippet: string }) {
  return <CopyableText label={t('share.code')} text={snippet} rows={5} copyLabel={t('share.copyCode')} />;
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
        {width === '100%' ? t('share.previewFullWidth', { height }) : t('share.previewAt', { width, height })}
      </p>
      {/* Focusable so keyboard users can scroll a preview larger than the dialog. */}
      <div className="embed-dialog__preview" tabIndex={0} role="region" aria-label={t('share.preview')}>
        <iframe src={src} title={t('share.previewFrame')} width={width} height={height} loading="lazy" />
      </div>
    </>
  );
}
