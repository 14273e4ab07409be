import { Alert, Card, Col, Empty, Input, Row } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { ItemResultList } from '../intake/ItemResultList';
import { useCatalogueSearch } from '../intake/use-catalogue-search';
import { CatalogueTools } from './CatalogueTools';
import { ItemGuide } from './ItemGuide';
import '../intake/intake.css';
import './guide.css';

/** 事项指南: find an item the way a clerk would say it, and read its whole guide. */
export function GuideScreen() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [openCode, setOpenCode] = useState<string | null>(null);
  const search = useCatalogueSearch(query, { limit: 100 });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = search.results.length;
    if (count === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (i + 1) % count);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i - 1 + count) % count);
    } else if (event.key === 'Enter') {
      setOpenCode(search.results[active]?.code ?? null);
    }
  }

  return (
    <Row gutter={16} data-testid="guide-screen">
      <Col xs={24} lg={8} xl={7}>
        <Card size="small" title="事项指南">
          <CatalogueTools />
          <Input
            autoFocus
            allowClear
            value={query}
            placeholder="事项名称、编码、关键词或拼音首字母"
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            data-testid="guide-search"
          />
          <div className="guide-results">
            {search.error ? (
              <Alert type="error" showIcon title={search.error} />
            ) : (
              <ItemResultList
                items={search.results}
                activeIndex={active}
                onPick={(item) => setOpenCode(item.code)}
                onHover={setActive}
                openCode={openCode}
                emptyText={search.settled ? '没有找到事项' : '正在查找…'}
                testId="guide-results"
              />
            )}
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={16} xl={17}>
        {openCode ? (
          <ItemGuide key={openCode} code={openCode} />
        ) : (
          <Card size="small">
            <Empty description="在左侧搜索并选择事项，按 Enter 查看完整办事指南" />
          </Card>
        )}
      </Col>
    </Row>
  );
}
