// Draws an element of the page as a picture to share: a PNG of what is on screen with a footer band
// of credits and the day, or an SVG of a laid-out sheet. The drawing library (modern-screenshot) is
// loaded only when a picture is asked for, so the first paint does not pay for it. It takes any
// element: the app (the current view), a story slide, the off-screen printed layout.
import { t } from '../model/i18n/intl';

/** What the picture says beside what it draws. */
export interface PictureView {
  /** "Sources: Reuters and Khaama Press". */
  credits: string;
  /** "Exported from Newsline on 3 Dec 2026". */
  exportedOn: string;
}

/** Controls marked so stay in the layout but are not drawn (a picture has no buttons to press). */
export const PICTURE_OMIT = 'data-picture-omit';

const FOOTER_FONT_PX = 13;
const FOOTER_LINE_PX = 18;
const FOOTER_PADDING_PX = 10;

async function library() {
  return import('modern-screenshot');
}

function baseOptions(element: HTMLElement, scale: number) {
  return {
    scale,
    backgroundColor: opaqueBackground(element),
    // The app has no web fonts; embedding them would parse CSS in a <style> the CSP forbids.
    font: false as const,
    // A modal dialog open over the view (the Export dialog itself) is not part of it.
    filter: (node: Node) => !(node instanceof HTMLDialogElement),
    onCloneNode: (clone: Node) => {
      if (!(clone instanceof Element)) return;
      for (const omitted of clone.querySelectorAll<HTMLElement>(`[${PICTURE_OMIT}]`)) {
        omitted.style.visibility = 'hidden';
      }
    },
  };
}

/** The colour behind the element: its own, or the first opaque one of its ancestors. */
function opaqueBackground(element: HTMLElement): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/** The PNG of `element` as drawn, at `scale` pixels per CSS pixel, with the view's footer band below. */
export async function drawViewPng(element: HTMLElement, view: PictureView, scale: number): Promise<Blob> {
  const { domToCanvas } = await library();
  const drawn = await domToCanvas(element, baseOptions(element, scale));
  const style = getComputedStyle(element);
  const width = drawn.width / scale;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error(t('share.noCanvas'));
  measure.font = footerFont(style);
  const lines = [
    ...wrap(measure, view.credits, width - 2 * FOOTER_PADDING_PX),
    ...wrap(measure, view.exportedOn, width - 2 * FOOTER_PADDING_PX),
  ];
  const footer = 2 * FOOTER_PADDING_PX + lines.length * FOOTER_LINE_PX;

  const picture = document.createElement('canvas');
  picture.width = drawn.width;
  picture.height = drawn.height + Math.round(footer * scale);
  const context = picture.getContext('2d');
  if (!context) throw new Error(t('share.noCanvas'));
  context.drawImage(drawn, 0, 0);
  context.scale(scale, scale);
  const top = drawn.height / scale;
  context.fillStyle = opaqueBackground(element);
  context.fillRect(0, top, width, footer);
  context.fillStyle = style.color;
  context.fillRect(0, top, width, 1 / scale);
  context.font = footerFont(style);
  context.textBaseline = 'top';
  // The footer reads from the page's side: the right in Arabic.
  const rightToLeft = style.direction === 'rtl';
  context.direction = rightToLeft ? 'rtl' : 'ltr';
  context.textAlign = 'start';
  const x = rightToLeft ? width - FOOTER_PADDING_PX : FOOTER_PADDING_PX;
  lines.forEach((line, index) => {
    context.fillText(line, x, top + FOOTER_PADDING_PX + index * FOOTER_LINE_PX + 2);
  });
  return toBlob(picture);
}

/**
 * The SVG of `element` as laid out. Its text stays text (XHTML in a foreignObject, selectable),
 * written out by the browser's XML serializer, which escapes it: a title with `<script>` or `]]>`
 * comes out as those characters, never as markup.
 */
export async function drawSheetSvg(element: HTMLElement): Promise<Blob> {
  const { domToForeignObjectSvg } = await library();
  const svg = await domToForeignObjectSvg(element, {
    ...baseOptions(element, 1),
    backgroundColor: '#ffffff',
  });
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  return new Blob([text], { type: 'image/svg+xml' });
}

function footerFont(style: CSSStyleDeclaration): string {
  return `${FOOTER_FONT_PX}px ${style.fontFamily || 'system-ui, sans-serif'}`;
}

/** The words of `text` in lines no wider than `width` (a word wider than that gets its own line). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A tainted canvas (an image from another site without CORS) throws here: the caller says so. */
function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error(t('share.emptyPicture')))),
        'image/png',
      );
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
