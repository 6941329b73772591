// Where an embed would fetch the dataset on show from: an embed can only show a dataset on the web.
import { useNewslineStore } from '../store/store';

export interface EmbedSource {
  /** The dataset's address when it is not the built-in one; null for the built-in dataset. */
  dataUrl: string | null;
  /** A tiled timeline's manifest address (then there is no dataUrl). */
  tilesUrl: string | null;
  /** Why there is no address to embed: opened from a file, or changed on this page. */
  noAddress: { from: 'file'; name: string } | { from: 'page' } | null;
}

/** `defaultDataUrl`: the built-in dataset's address, which an embed needs no `data` parameter for. */
export function useEmbedSource(defaultDataUrl: string): EmbedSource {
  const info = useNewslineStore((s) => s.datasetInfo);
  const tilesUrl = useNewslineStore((s) => s.tiledArchive?.url ?? null);
  if (tilesUrl !== null) return { dataUrl: null, tilesUrl, noAddress: null };
  if (info !== null && info.from !== 'address')
    return {
      dataUrl: null,
      tilesUrl: null,
      noAddress: info.from === 'file' ? { from: 'file', name: info.url } : { from: 'page' },
    };
  const dataAddress = info ? new URL(info.url, window.location.href).href : null;
  const builtIn = new URL(defaultDataUrl, window.location.href).href;
  return { dataUrl: dataAddress === builtIn ? null : dataAddress, tilesUrl: null, noAddress: null };
}
