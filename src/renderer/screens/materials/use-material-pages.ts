import { useCallback, useEffect, useMemo, useState } from 'react';
import type { InputOf } from '../../../shared/contract/api';
import type { MaterialPage, PageTarget } from '../../../shared/materials/page-types';
import { call } from '../../api/client';

type NewFile = InputOf<'materials.addPages'>['files'][number];

/** The pages of a case or of the intake form (its request id), by material line. */
export function useMaterialPages(target: PageTarget | null) {
  const [pages, setPages] = useState<MaterialPage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const targetKey = target ? JSON.stringify(target) : null;

  useEffect(() => {
    if (!targetKey) return setPages([]);
    let current = true;
    call('materials.list', { target: JSON.parse(targetKey) as PageTarget })
      .then((list) => current && setPages(list))
      .catch((caught: unknown) => current && setError(caught instanceof Error ? caught.message : String(caught)));
    return () => {
      current = false;
    };
  }, [targetKey]);

  const replaceLine = useCallback((key: string, line: MaterialPage[]) => {
    setPages((all) => [...all.filter((p) => p.materialKey !== key), ...line]);
  }, []);

  const add = useCallback(
    async (materialKey: string, source: 'camera' | 'file', files: NewFile[]) => {
      if (!target) return false;
      setError(null);
      setBusyKey(materialKey);
      try {
        replaceLine(materialKey, await call('materials.addPages', { target, materialKey, source, files }));
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

  return { pages, byKey, error, busyKey, add, remove, replaceLine, clearError: () => setError(null) };
}

export type MaterialPages = ReturnType<typeof useMaterialPages>;
