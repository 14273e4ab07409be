import { Alert, Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useCallQuery } from '../../data/use-call';
import { useHotkey } from '../../keyboard/use-hotkey';
import type { MaterialPages } from './use-material-pages';

interface Props {
  draftId: string;
  itemCodes: string[];
  /** The applicant's ID number or credit code, once complete. */
  idNumber: string | null;
  /** Line key → material name. */
  names: Map<string, string>;
  pages: MaterialPages;
  active: boolean;
}

/**
 * 三减: a returning applicant's copies on file that fit this case's lines, with their date and
 * validity. F8 (or the button) reuses them all at once; reused lines are marked 复用.
 */
export function ReuseOffers({ draftId, itemCodes, idNumber, names, pages, active }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const codes = itemCodes.join(',');
  const asked = Boolean(idNumber && codes);
  // A convenience only: when the lookup fails, no offers are shown and scanning always works.
  const offersQuery = useCallQuery('materials.reuseOffers', { itemCodes: codes.split(','), idNumber: idNumber ?? '' }, { enabled: asked });
  const offers = asked ? (offersQuery.data ?? []) : [];

  const open = offers.filter((o) => !(pages.byKey.get(o.materialKey) ?? []).some((p) => p.source === 'reuse'));

  async function reuseAll() {
    if (!idNumber || open.length === 0 || busy) return;
    setBusy(true);
    setError(null);
    try {
      for (const offer of open) {
        const line = await call('materials.reuse', { draftId, materialKey: offer.materialKey, itemCodes, idNumber });
        pages.replaceLine(offer.materialKey, line);
      }
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  useHotkey('F8', () => void reuseAll(), active && open.length > 0);
  if (offers.length === 0) return null;
  return (
    <Alert
      type={open.length > 0 ? 'info' : 'success'}
      showIcon
      className="intake-gap"
      data-testid="reuse-offers"
      title={
        <Space wrap size={4}>
          <span>{open.length > 0 ? '在档可复用：' : '已复用在档材料：'}</span>
          {offers.map((o) => (
            <Tag key={o.materialKey} color={open.includes(o) ? 'blue' : 'green'} data-testid={`reuse-offer-${o.materialKey}`}>
              {names.get(o.materialKey) ?? o.materialKey}（{o.receivedOn} 收取，有效至 {o.validUntil} 前）
              {open.includes(o) ? '' : ' 复用'}
            </Tag>
          ))}
          {open.length > 0 && (
            <Button size="small" type="primary" loading={busy} onClick={() => void reuseAll()} data-testid="reuse-confirm">
              复用（F8）
            </Button>
          )}
          {error && <span className="ant-typography-danger">{error}</span>}
        </Space>
      }
    />
  );
}
