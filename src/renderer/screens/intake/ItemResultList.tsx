import { Empty, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import type { ItemSummary } from '../../../shared/contract/catalogue-endpoints';
import { itemTypeLabels, type ItemType } from '../../../shared/catalogue/item-schema';

interface Props {
  items: ItemSummary[];
  activeIndex: number;
  onPick(item: ItemSummary): void;
  onHover(index: number): void;
  /** Codes already chosen: shown as such, not offered again. */
  chosen?: readonly string[];
  /** The code shown in full next to the list, for the guide. */
  openCode?: string | null;
  emptyText?: string;
  testId: string;
}

/** Search results driven from the search input's keys (↑/↓/Enter); the mouse works too. */
export function ItemResultList({ items, activeIndex, onPick, onHover, chosen = [], openCode, emptyText, testId }: Props) {
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('[data-active="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  if (items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? '没有找到事项'} />;
  }

  return (
    <div className="item-results" role="listbox" ref={listRef} data-testid={testId}>
      {items.map((item, index) => {
        const taken = chosen.includes(item.code);
        return (
          <div
            key={`${item.code}@${item.version}`}
            role="option"
            aria-selected={index === activeIndex}
            data-active={index === activeIndex}
            data-testid="item-result"
            data-code={item.code}
            className={[
              'item-result',
              index === activeIndex ? 'item-result-active' : '',
              taken ? 'item-result-taken' : '',
              openCode === item.code ? 'item-result-open' : '',
            ].join(' ')}
            onMouseEnter={() => onHover(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(item)}
          >
            <div className="item-result-name">
              <Typography.Text strong>{item.name}</Typography.Text>
              {taken && <Tag color="green">已选</Tag>}
              {item.hasDeferrable && <Tag color="blue">可容缺</Tag>}
            </div>
            <Typography.Text type="secondary" className="item-result-meta">
              {item.code} · {itemTypeLabels[item.type as ItemType] ?? item.type} · {item.department} · 承诺 {item.promisedDays} 个工作日
            </Typography.Text>
          </div>
        );
      })}
    </div>
  );
}
