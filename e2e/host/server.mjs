// A static server for the embed tests' host page, on another port (so another origin) than the app.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { largeDataset } from './largeDataset.mjs';

const root = new URL('.', import.meta.url).pathname;
// Two ports, two origins: the allowed host page and a stranger.
const ports = (process.env.PORTS ?? '4174,4175').split(',').map(Number);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

const serve = async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/large-dataset.json') return sendLargeDataset(url.searchParams, response);
  if (url.pathname === '/release') {
    // Lets a held dataset (`hold`) send the rest of its events, now or when it reaches its hold.
    const key = url.searchParams.get('hold') ?? '';
    const release = holds.get(key);
    if (release) release();
    else released.add(key);
    holds.delete(key);
    return response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
  }
  const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path === '/' ? 'index.html' : path);
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
};

/** Datasets held part-way (`hold=<key>&after=<events>`) until /release?hold=<key>: a slow host, on cue. */
const holds = new Map();
/** Holds released before the dataset reached them: it does not stop there. */
const released = new Set();

/** A generated dataset, sent as it is written, to any origin (as a public dataset host would). */
async function sendLargeDataset(params, response) {
  response.writeHead(200, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
  });
  const hold = params.get('hold');
  const after = Number(params.get('after') ?? 0);
  let written = 0;
  for (const part of largeDataset({
    count: Number(params.get('count') ?? 1_000),
    eventsFirst: params.has('events-first'),
  })) {
    if (!response.write(part)) await new Promise((resolve) => response.once('drain', resolve));
    if (response.destroyed) return; // the reader stopped reading
    // The head is the first part; each event one part after it.
    if (hold !== null && written++ === after && !released.delete(hold))
      await new Promise((resolve) => holds.set(hold, resolve));
  }
  response.end();
}

for (const port of ports) createServer(serve).listen(port, '127.0.0.1');
