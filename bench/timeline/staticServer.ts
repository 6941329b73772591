// A static file server on 127.0.0.1 for the benchmark: the app's build at /, the vis-timeline pages
// at /bare/, the generated datasets at /data/. Uncompressed, as vite preview serves; gzip is counted
// apart. Files are streamed: a million-event dataset is most of a gigabyte.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** Serves each URL prefix from its folder; the longest matching prefix wins. */
export async function serveFolders(
  mounts: Record<string, string>,
): Promise<{ origin: string; server: Server }> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    if (!prefix || path.includes('..')) {
      response.writeHead(404).end();
      return;
    }
    const relative = path.slice(prefix.length);
    const file = join(
      mounts[prefix]!,
      relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative,
    );
    try {
      const { size } = await stat(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
      });
      // A page closed mid-download ends the response; the stream must not outlive it.
      const stream = createReadStream(file);
      stream.on('error', () => response.destroy());
      response.on('close', () => stream.destroy());
      stream.pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}
