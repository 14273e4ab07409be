import { useEffect, useRef } from 'react';
import type { MaterialPages } from './use-material-pages';
import { useScanTray } from './use-scan-tray';

interface Props {
  materialKey: string;
  pages: MaterialPages;
  /** A scan went on the line. */
  onTaken(): void;
}

/**
 * While a line's capture panel is open, what the scanner saves goes straight on that line:
 * every scan that arrives in the tray after the panel opened (those already waiting stay there).
 */
export function ScansIntoLine({ materialKey, pages, onTaken }: Props) {
  const tray = useScanTray();
  const known = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!tray) return;
    const waiting = tray.files.filter((f) => f.state === 'waiting').map((f) => f.scanId);
    if (known.current === null) {
      known.current = new Set(waiting);
      return;
    }
    for (const scanId of waiting) {
      if (known.current.has(scanId)) continue;
      known.current.add(scanId);
      void pages.assignScan(materialKey, scanId).then((taken) => taken && onTaken());
    }
  }, [tray, materialKey, pages, onTaken]);
  return null;
}
