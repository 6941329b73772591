// Packs a static copy of the running app with a dataset inside, as one zip: the built files (the
// build lists them in site-files.json), the dataset as data/events.json beside its JSON Schema, and
// a README.txt with the embed code. The build's addresses are relative, so any static host serves
// the unzipped folder, from its root or from any folder of it.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { t } from '../model/i18n/intl';
import { staticSiteReadme } from './staticSiteReadme';

/** Written by the build beside index.html (vite.config.ts, siteFiles). */
const SITE_FILES = 'site-files.json';
const DATASET_FILE = 'data/events.json';
const SCHEMA_FILE = 'data/events.schema.json';
const README_FILE = 'README.txt';

/** Why a copy served without its build (the development server) cannot pack itself. */
export function noBuildMessage(): string {
  return t('edit.publish.noBuild');
}

/** A path inside the site: relative, and with no way up out of the folder the zip is unzipped into. */
const SitePath = z
  .string()
  .refine(
    (path) =>
      !path.startsWith('/') &&
      !path.includes('\\') &&
      path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'),
  );
const SiteFiles = z.array(SitePath).refine((files) => files.includes('index.html'));

export interface StaticSiteOptions {
  /** The running app's folder (its base address): the built files are fetched from there. */
  baseUrl: string;
  /** The timeline's title, for the embed code's iframe. */
  title: string;
  /** Told as files are packed: how many so far, of how many the zip will hold. */
  onProgress?: (packed: number, total: number) => void;
}

/** The zip of the site, with `datasetJson` (a dataset file as datasetToJson writes it) inside. */
export async function buildStaticSite(datasetJson: string, options: StaticSiteOptions): Promise<Blob> {
  const list = await readSiteFiles(options.baseUrl);
  const fetched = [...list.paths, SCHEMA_FILE];
  const total = fetched.length + 3;
  let packed = 0;
  const files: Zippable = {};
  await Promise.all(
    fetched.map(async (path) => {
      files[path] = await fetchFile(path, options.baseUrl);
      options.onProgress?.(++packed, total);
    }),
  );
  // Written last, so that they win over any built file of the same name.
  files[DATASET_FILE] = strToU8(datasetJson);
  files[README_FILE] = strToU8(staticSiteReadme(options.title));
  // The list itself too, so that the copy, edited where it is hosted, can pack itself in turn.
  files[SITE_FILES] = strToU8(list.text);
  options.onProgress?.(total, total);
  // zipSync, not fflate's async zip: that one starts workers from blob: addresses, which the app's
  // Content-Security-Policy forbids. A few megabytes take a fraction of a second.
  const zipped = zipSync(files, { level: 6 });
  return new Blob([zipped], { type: 'application/zip' });
}

async function readSiteFiles(baseUrl: string): Promise<{ paths: string[]; text: string }> {
  let text: string;
  let listed: unknown;
  try {
    const response = await fetch(new URL(SITE_FILES, baseUrl));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
    listed = JSON.parse(text);
  } catch {
    // Missing (the dev server has no build), or not JSON (a server that answers with index.html).
    throw new Error(noBuildMessage());
  }
  const parsed = SiteFiles.safeParse(listed);
  if (!parsed.success) throw new Error(noBuildMessage());
  return { paths: parsed.data, text };
}

async function fetchFile(path: string, baseUrl: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(new URL(path, baseUrl));
  } catch {
    throw new Error(t('edit.publish.fetchFailed', { path }));
  }
  if (!response.ok)
    // A new version of the app replaces its files (their names carry a hash of their content).
    throw new Error(t('edit.publish.fetchRefused', { path, status: response.status }));
  return new Uint8Array(await response.arrayBuffer());
}
