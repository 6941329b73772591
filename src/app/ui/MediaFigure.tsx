// One media item, wherever the app shows it (the event panel; the story mode's slides): a picture
// in a box of fixed shape, so nothing below it moves when it loads, with its caption and credit as
// text; or a link that opens the video or post in a new tab. Never a frame of another site: the
// Content-Security-Policy allows images from anywhere and nothing else.
import { useState } from 'react';
import type { Media } from '../../schema/dataset';
import { creditWords, linkLabel, mediaHost } from '../model/media/mediaWords';
import { safeUrl } from '../model/url/safeUrl';
import { t } from '../model/i18n/intl';

export interface MediaFigureProps {
  media: Media;
  /** The box's shape, width / height; 16 / 9 by default. The picture is fitted inside, never cropped. */
  aspectRatio?: number;
  /** Extra class for the figure, for the place it is shown in. */
  className?: string;
}

export function MediaFigure({ media, aspectRatio = 16 / 9, className }: MediaFigureProps) {
  const classes = ['media-figure', `media-figure--${media.kind}`, className].filter(Boolean).join(' ');
  return (
    <figure className={classes}>
      {media.kind === 'image' ? (
        <ImageBox media={media} aspectRatio={aspectRatio} />
      ) : (
        <MediaLink media={media} />
      )}
      <MediaCaption media={media} />
    </figure>
  );
}

function ImageBox({ media, aspectRatio }: { media: Extract<Media, { kind: 'image' }>; aspectRatio: number }) {
  // Remembered by address: another event's picture in the same panel starts afresh.
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const src = safeUrl(media.url);
  const failed = src === null || failedUrl === media.url;
  return (
    <div className="media-figure__box" style={{ aspectRatio: String(aspectRatio) }} data-testid="media-box">
      {failed ? (
        <div className="media-figure__missing" role="img" aria-label={media.alt}>
          <p className="media-figure__missing-note">{t('timeline.imageNotLoaded')}</p>
          <p className="media-figure__alt">{media.alt}</p>
          {media.credit && <p className="media-figure__missing-credit">{creditWords(media.credit)}</p>}
        </div>
      ) : (
        <img
          className="media-figure__image"
          src={src}
          alt={media.alt}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onError={() => setFailedUrl(media.url)}
        />
      )}
    </div>
  );
}

function MediaLink({ media }: { media: Extract<Media, { kind: 'link' }> }) {
  const href = safeUrl(media.url);
  const host = mediaHost(media.url);
  const label = linkLabel(media);
  if (href === null) return <p className="media-figure__link">{label}</p>;
  return (
    <p className="media-figure__link">
      <a href={href} target="_blank" rel="noopener noreferrer">
        {label}
        <span className="visually-hidden"> {t('timeline.opensInNewTab')}</span>
      </a>
      {host && <span className="media-figure__host"> {host} ↗</span>}
    </p>
  );
}

function MediaCaption({ media }: { media: Media }) {
  if (!media.caption && !media.credit) return null;
  return (
    <figcaption className="media-figure__caption">
      {media.caption && <span className="media-figure__caption-text">{media.caption}</span>}
      {media.credit && <span className="media-figure__credit">{creditWords(media.credit)}</span>}
    </figcaption>
  );
}
