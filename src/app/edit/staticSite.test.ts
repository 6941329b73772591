import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildStaticSite, noBuildMessage } from './staticSite';
import { PLACEHOLDER_SITE_URL } from './staticSiteReadme';

const APP = 'https://newsline.example/app/';

/** A fake app at APP serving these files (anything else is a 404), and the addresses asked for. */
function serve(files: Record<string, string | undefined>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: URL) => {
    asked.push(input.href);
    const path = input.href.startsWith(APP) ? input.href.slice(APP.length) : null;
    const body = path === null ? undefined : files[path];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  });
  return asked;
}

const built = {
  'site-files.json': JSON.stringify(['assets/index-abc.js', 'assets/worker-def.js', 'index.html']),
  'index.html': '<script src="./assets/index-abc.js"></script>',
  'assets/index-abc.js': 'console.log(1)',
  'assets/worker-def.js': 'console.log(2)',
  'data/events.schema.json': '{"$id":"schema"}',
  'data/events.json': '{"title":"the app’s own dataset"}',
};

async function unzipped(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('buildStaticSite', () => {
  it('zips the listed files, the given dataset, its schema and a README, all from the app', async () => {
    const asked = serve(built);
    const progress: string[] = [];
    const zip = await buildStaticSite('{"title":"Edited"}', {
      baseUrl: APP,
      title: 'Edited',
      onProgress: (packed, total) => progress.push(`${packed}/${total}`),
    });
    expect(zip.type).toBe('application/zip');
    const files = await unzipped(zip);
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'assets/index-abc.js',
      'assets/worker-def.js',
      'data/events.json',
      'data/events.schema.json',
      'index.html',
      'site-files.json',
    ]);
    expect(files['data/events.json']).toBe('{"title":"Edited"}');
    expect(files['data/events.schema.json']).toBe('{"$id":"schema"}');
    expect(files['assets/worker-def.js']).toBe('console.log(2)');
    expect(asked.every((href) => href.startsWith(APP))).toBe(true);
    expect(asked).not.toContain(`${APP}data/events.json`);
    expect(progress.at(-1)).toBe('7/7');
  });

  it('writes the embed code for the folder it will be hosted in into the README', async () => {
    serve(built);
    const readme = (
      await unzipped(await buildStaticSite('{}', { baseUrl: APP, title: 'A "quoted" <title>' }))
    )['README.txt'];
    expect(readme).toContain(
      `<iframe src="${PLACEHOLDER_SITE_URL}index.html?embed=1" title="Timeline: A &quot;quoted&quot; &lt;title&gt;"`,
    );
    expect(readme).toContain('sandbox="allow-scripts allow-same-origin');
  });

  it('says it needs a built app when the list of files is missing or not a list', async () => {
    serve({ ...built, 'site-files.json': undefined });
    await expect(buildStaticSite('{}', { baseUrl: APP, title: 't' })).rejects.toThrow(noBuildMessage());
    // The dev server answers an unknown address with the page itself.
    serve({ ...built, 'site-files.json': '<!doctype html>' });
    await expect(buildStaticSite('{}', { baseUrl: APP, title: 't' })).rejects.toThrow(noBuildMessage());
    serve({ ...built, 'site-files.json': '{"files":[]}' });
    await expect(buildStaticSite('{}', { baseUrl: APP, title: 't' })).rejects.toThrow(noBuildMessage());
  });

  it('refuses a list that names a file outside the folder', async () => {
    for (const path of ['../secret', '/etc/passwd', 'assets/../../x', 'a\\b', '']) {
      serve({ ...built, 'site-files.json': JSON.stringify(['index.html', path]) });
      await expect(buildStaticSite('{}', { baseUrl: APP, title: 't' })).rejects.toThrow(noBuildMessage());
    }
  });

  it('names a file it could not fetch, and says what to do', async () => {
    serve({ ...built, 'assets/worker-def.js': undefined });
    await expect(buildStaticSite('{}', { baseUrl: APP, title: 't' })).rejects.toThrow(
      'Could not fetch assets/worker-def.js from this app (HTTP 404). If the app was updated since this page was opened, reload the page and try again.',
    );
  });
});
