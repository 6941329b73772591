// A small timeline carried by its own link: the dataset, compressed (the platform's deflate) and
// written in the URL fragment, which browsers never send to a server. Reading one is guarded like
// any input: a size limit before and after inflating, and a located reason when it is damaged.
const KEY = 'dataset';
/** The format of what follows the key: a version, so a later encoding can be told apart. */
const VERSION = '1';
/**
 * The longest fragment written or read, in characters. Links of this size survive browsers,
 * chat apps and content systems; past it, a static site or a hosted file is the way.
 */
export const MAX_FRAGMENT_CHARS = 60_000;
/** What a fragment may inflate to: far more than fits the limit honestly, far less than harm. */
const MAX_INFLATED_BYTES = 20 * 1024 * 1024;

export type FragmentEncoding = { ok: true; fragment: string } | { ok: false; chars: number };

/** `#dataset=1.<base64url of deflated JSON>`, or how long it would be when over the limit. */
export async function encodeDatasetFragment(json: string): Promise<FragmentEncoding> {
  const deflated = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  if (!deflated) return { ok: false, chars: Infinity }; // no limit was set: it cannot be over one
  const fragment = `#${KEY}=${VERSION}.${toBase64Url(deflated)}`;
  return fragment.length <= MAX_FRAGMENT_CHARS
    ? { ok: true, fragment }
    : { ok: false, chars: fragment.length };
}

/** The dataset part of a location's hash, or null when the link carries none. */
export function datasetFragmentOf(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(KEY);
}

export type FragmentDecoding = { ok: true; json: string } | { ok: false; problem: string };

export async function decodeDatasetFragment(payload: string): Promise<FragmentDecoding> {
  const damaged = {
    ok: false as const,
    problem: 'the timeline in this link is damaged: it may have been cut short when it was copied',
  };
  if (payload.length > MAX_FRAGMENT_CHARS)
    return {
      ok: false,
      problem: `the timeline in this link is ${payload.length.toLocaleString('en')} characters long; a link carries at most ${MAX_FRAGMENT_CHARS.toLocaleString('en')}`,
    };
  const [version, data] = splitOnce(payload, '.');
  if (version !== VERSION || data === null)
    return {
      ok: false,
      problem: `the timeline in this link is in a format this version cannot read ("${version.slice(0, 10)}")`,
    };
  const bytes = fromBase64Url(data);
  if (!bytes) return damaged;
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
    if (!inflated) return { ok: false, problem: 'the timeline in this link is too large once unpacked' };
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return damaged;
  }
}

function splitOnce(text: string, separator: string): [string, string | null] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
}

/** Bytes through a compression stream; null when the output passes `limit` (it stops there). */
async function pipe(
  input: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array | null> {
  const reader = new Blob([input as BlobPart]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
