import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { pageImageKey } from '../../data/query-keys';

const cache = new Map<string, Promise<string>>();

/** A page as a data URL (a small JPEG for thumbnails); pages never change, so each is fetched once. */
export function pageDataUrl(pageId: string, thumbnail: boolean): Promise<string> {
  const key = `${pageId}:${thumbnail}`;
  let url = cache.get(key);
  if (!url) {
    url = call('materials.pageContent', { pageId, thumbnail }).then(({ mime, base64 }) => `data:${mime};base64,${base64}`);
    url.catch(() => cache.delete(key));
    cache.set(key, url);
  }
  return url;
}

export function usePageDataUrl(pageId: string | null, thumbnail: boolean): string | null {
  const query = useQuery({
    queryKey: pageImageKey(pageId ?? '', thumbnail),
    queryFn: () => pageDataUrl(pageId ?? '', thumbnail),
    enabled: pageId !== null,
    staleTime: Infinity,
  });
  return pageId ? (query.data ?? null) : null;
}
