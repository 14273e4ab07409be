import { Alert, Input, Tag, Typography, type InputRef } from 'antd';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ItemSummary } from '../../../shared/contract/catalogue-endpoints';
import { ItemResultList } from './ItemResultList';
import { useCatalogueSearch } from './use-catalogue-search';

interface Props {
  selected: ItemSummary[];
  onAdd(item: ItemSummary): void;
  onRemove(code: string): void;
  inputRef: RefObject<InputRef | null>;
  error: string | null;
  /** Called on Escape or Tab from an empty search with items chosen: go on to the applicant. */
  onDone(): void;
}

/** "What do you need?": type, ↑/↓, Enter; Backspace on an empty search removes the last item. */
export function ItemPicker({ selected, onAdd, onRemove, inputRef, error, onDone }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = useCatalogueSearch(query, { skipEmpty: true, limit: 12 });
  const chosen = selected.map((item) => item.code);
  // Enter typed faster than the search answers picks the top result once it arrives, unless
  // the clerk typed on meanwhile (each keystroke moves the counter on).
  const typing = useRef(0);

  // A fresh answer starts at its top result, not at a row of the previous list.
  const [activeIn, setActiveIn] = useState(search.results);
  if (activeIn !== search.results) {
    setActiveIn(search.results);
    setActive(0);
  }

  function pick(item: ItemSummary | undefined) {
    if (!item || chosen.includes(item.code)) return;
    onAdd(item);
    setQuery('');
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = search.results.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((i) => (i - 1 + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (query.trim() === '' && selected.length > 0) onDone();
      else if (search.settled) pick(search.results[active]);
      else {
        const typed = typing.current;
        // The clerk could not have moved through results that were not there yet.
        void search.answerNow().then(
          (items) => typed === typing.current && pick(items[0]),
          () => undefined,
        );
      }
    } else if (event.key === 'Escape') {
      if (query) setQuery('');
      else if (selected.length > 0) onDone();
    } else if (event.key === 'Backspace' && query === '' && selected.length > 0) {
      onRemove(selected[selected.length - 1]!.code);
    }
  }

  return (
    <div className="item-picker">
      <Input
        ref={inputRef}
        autoFocus
        allowClear
        size="large"
        value={query}
        placeholder="办什么事？输入事项名称、编码、关键词或拼音首字母（如 gtgsh），↑↓ 选择，Enter 添加"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          typing.current += 1;
        }}
        onKeyDown={onKeyDown}
        data-testid="item-search"
      />
      {query.trim() !== '' && (
        <div className="item-picker-results">
          {search.error ? (
            <Alert type="error" showIcon title={search.error} />
          ) : (
            <ItemResultList
              items={search.results}
              activeIndex={active}
              onPick={pick}
              onHover={setActive}
              chosen={chosen}
              emptyText={search.settled ? '没有找到事项，换个关键词或拼音首字母试试' : '正在查找…'}
              testId="item-results"
            />
          )}
        </div>
      )}
      {error && <Alert type="error" showIcon title={error} className="intake-gap" data-testid="items-error" />}
      {selected.length > 0 && (
        <div className="selected-items" data-testid="selected-items">
          {selected.length > 1 && <Tag color="purple">联审联办 · {selected.length} 项</Tag>}
          {selected.map((item) => (
            <Tag
              key={item.code}
              closable
              onClose={(event) => {
                event.preventDefault();
                onRemove(item.code);
              }}
              className="selected-item"
              data-testid="selected-item"
            >
              <Typography.Text strong>{item.name}</Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                · {item.department} · 承诺 {item.promisedDays} 个工作日
              </Typography.Text>
            </Tag>
          ))}
        </div>
      )}
    </div>
  );
}
