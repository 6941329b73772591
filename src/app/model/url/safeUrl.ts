// The one gate every link from data passes: only absolute http(s) URLs become links.

export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** True for an http(s) origin written exactly as the browser writes it ("https://news.example.org"). */
export function isHttpOrigin(value: string): boolean {
  const url = safeUrl(value);
  return url !== null && new URL(url).origin === value;
}
