import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { InputOf } from '../../../shared/contract/api';
import type { MaterialPage, PageTarget } from '../../../shared/materials/page-types';
import { call } from '../../api/client';
import { callKey } from '../../data/query-keys';
import { useCallQuery } from '../../data/use-call';

type NewFile = InputOf<'materials.addPages'>['files'][number];

/** The pages of a case or of the intake form (its request id), by material line. */
export function useMaterialPages(target: PageTarget | null) {
  const client = useQueryClient();
  const [actionError, setError] = useState<string | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const targetKey = target ? JSON.stringify(target) : null;
  // A disabled query's input is never sent; the placeholder only keeps the key's shape.
  const input = useMemo(() => ({ target: targetKey ? (JSON.parse(targetKey) as PageTarget) : { draftId: '' } }), [targetKey]);
  const list = useCallQuery('materials.list', input, { enabled: targetKey !== null });
  const pages = useMemo(() => (targetKey ? (list.data ?? []) : []), [targetKey, list.data]);
  const error = actionError ?? list.error?.message ?? null;

  /** After an add, delete or reuse: the answer is the line's pages now, put straight in the cache. */
  const replaceLine = useCallback(
    (key: string, line: MaterialPage[]) => {
      client.setQueryData<MaterialPage[]>(callKey('materials.list', input), (all = []) => [
        ...all.filter((p) => p.materialKey !== key),
        ...line,
      ]);
    },
    [client, input],
  );

  /** One change to a line (add, put a scan on it): the line busy meanwhile, its pages replaced by the answer. */
  const changeLine = useCallback(
    async (materialKey: string, change: (target: PageTarget) => Promise<MaterialPage[]>) => {
      if (!target) return false;
      setError(null);
      setBusyKey(materialKey);
      try {
        replaceLine(materialKey, await change(target));
        return true;
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught));
        return false;
      } finally {
        setBusyKey(null);
      }
    },
    [target, replaceLine],
  );

  const add = useCallback(
    (materialKey: string, source: 'camera' | 'file', files: NewFile[]) =>
      changeLine(materialKey, (at) => call('materials.addPages', { target: at, materialKey, source, files })),
    [changeLine],
  );

  /** A scan from the 待归档扫描件 tray onto a line; the tray's own push takes it off the list. */
  const assignScan = useCallback(
    (materialKey: string, scanId: string) =>
      changeLine(materialKey, (at) => call('materials.assignScan', { scanId, target: at, materialKey })),
    [changeLine],
  );

  const remove = useCallback(
    async (page: MaterialPage) => {
      setError(null);
      try {
        replaceLine(page.materialKey, await call('materials.deletePage', { pageId: page.pageId }));
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught));
      }
    },
    [replaceLine],
  );

  const byKey = useMemo(() => {
    const map = new Map<string, MaterialPage[]>();
    for (const page of pages) map.set(page.materialKey, [...(map.get(page.materialKey) ?? []), page]);
    return map;
  }, [pages]);

  return { pages, byKey, error, busyKey, add, assignScan, remove, replaceLine, clearError: () => setError(null) };
}

export type MaterialPages = ReturnType<typeof useMaterialPages>;
