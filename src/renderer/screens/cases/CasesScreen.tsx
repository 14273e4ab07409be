import { Alert, Card, DatePicker, Input, Select, Space, Switch, Table, Tag, Typography, type InputRef } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import type { CaseSearchInput } from '../../../shared/contract/case-endpoints';
import { caseStateLabels, caseStates, type CaseState, type CaseSummary } from '../../../shared/intake/case-types';
import { warningLevelLabels, warningLevels } from '../../../shared/lifecycle/warning-level';
import { useCallQuery } from '../../data/use-call';
import { useNav } from '../../stores/nav-store';
import { stateColors } from './case-colors';
import { CaseDetail } from './CaseDetail';
import { PromisedDate } from './PromisedDate';
import { formatTime } from './format-time';

const stateOptions = caseStates.map((state) => ({ value: state, label: caseStateLabels[state] }));
const PAGE_SIZE = 20;
const warningOptions = warningLevels.map((level) => ({ value: level, label: warningLevelLabels[level] }));
type MoreFilters = Pick<CaseSearchInput, 'itemCode' | 'clerkStaffNo' | 'receivedFrom' | 'receivedTo' | 'warningLevel'>;

/** 案件查询: by number, name, ID or credit code, or phone; today's cases when nothing is typed. */
export function CasesScreen() {
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [todayOnly, setTodayOnly] = useState(true);
  const [state, setState] = useState<CaseState | undefined>();
  const [more, setMore] = useState<MoreFilters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const { caseNo, openCase, closeCase } = useNav();
  const inputRef = useRef<InputRef>(null);

  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(query.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [query]);

  const search = useCallQuery('cases.search', { query: debounced, todayOnly, state, ...more, page, pageSize }, { keepPrevious: true });
  const rows = search.data?.rows ?? [];
  const total = search.data?.total ?? 0;
  const error = search.error?.message ?? null;
  const items = useCallQuery('catalogue.search', { query: '', limit: 200 }).data ?? [];
  const itemOptions = items.map((item) => ({ value: item.code, label: item.name }));

  function filter(next: MoreFilters) {
    // Choosing a filter means "find them", whenever they were registered (as typing does).
    if (Object.values(next).some((value) => value !== undefined)) setTodayOnly(false);
    setMore((current) => ({ ...current, ...next }));
    setPage(1);
  }

  function changeQuery(next: string) {
    // Typing a name or number means "find it", whenever it was registered.
    if (query.trim() === '' && next.trim() !== '') setTodayOnly(false);
    if (next.trim() === '' && query.trim() !== '') setTodayOnly(true);
    setQuery(next);
    setPage(1);
  }

  return (
    <Card title="案件查询" data-testid="cases-screen">
      <Space wrap className="cases-filters">
        <Input
          ref={inputRef}
          autoFocus
          allowClear
          value={query}
          onChange={(event) => changeQuery(event.target.value)}
          onPressEnter={() => setDebounced(query.trim())}
          onKeyDown={(event) => {
            // ↓ walks into the rows; Enter on a row opens it.
            if (event.key !== 'ArrowDown') return;
            event.preventDefault();
            document.querySelector<HTMLElement>('.case-row')?.focus();
          }}
          placeholder="受理编号、申请人姓名、身份证号/统一社会信用代码、电话、事项名称（可输入其中一部分）"
          style={{ width: 420 }}
          data-testid="case-search"
        />
        <Space>
          <Switch
            checked={todayOnly}
            onChange={(on) => {
              setTodayOnly(on);
              setPage(1);
            }}
            data-testid="case-today-only"
          />
          <span>仅看今日</span>
        </Space>
        <Select
          allowClear
          placeholder="全部状态"
          options={stateOptions}
          value={state}
          onChange={(value?: CaseState) => {
            setState(value);
            setPage(1);
          }}
          style={{ width: 140 }}
          data-testid="case-state-filter"
        />
        <Typography.Text data-testid="case-count">共 {total} 件</Typography.Text>
      </Space>
      <Space wrap className="cases-filters">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部事项"
          options={itemOptions}
          value={more.itemCode}
          onChange={(itemCode?: string) => filter({ itemCode })}
          style={{ width: 260 }}
          data-testid="case-item-filter"
        />
        <Input
          allowClear
          placeholder="经办人工号"
          value={more.clerkStaffNo ?? ''}
          onChange={(event) => filter({ clerkStaffNo: event.target.value.trim() || undefined })}
          style={{ width: 130 }}
          data-testid="case-clerk-filter"
        />
        <DatePicker.RangePicker
          placeholder={['收件起始日期', '截止日期']}
          onChange={(range) => {
            const [from, to] = (range ?? []) as (Dayjs | null)[];
            filter({ receivedFrom: from?.format('YYYY-MM-DD'), receivedTo: to?.format('YYYY-MM-DD') });
          }}
          data-testid="case-date-filter"
        />
        <Select
          allowClear
          placeholder="督办预警"
          options={warningOptions}
          value={more.warningLevel}
          onChange={(warningLevel?: MoreFilters['warningLevel']) => filter({ warningLevel })}
          style={{ width: 180 }}
          data-testid="case-warning-filter"
        />
      </Space>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Table<CaseSummary>
        rowKey="caseNo"
        size="small"
        loading={search.isFetching}
        dataSource={rows}
        data-testid="cases-table"
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          showTotal: (n) => `共 ${n} 件`,
          onChange: (nextPage, nextSize) => {
            setPage(nextSize === pageSize ? nextPage : 1);
            setPageSize(nextSize);
          },
        }}
        onRow={(row) => ({
          tabIndex: 0,
          className: 'case-row',
          onClick: () => openCase(row.caseNo),
          onKeyDown: (event) => {
            const rowElement = event.currentTarget as HTMLElement;
            if (event.key === 'Enter') openCase(row.caseNo);
            else if (event.key === 'ArrowDown') (rowElement.nextElementSibling as HTMLElement | null)?.focus();
            else if (event.key === 'ArrowUp') {
              const previous = rowElement.previousElementSibling as HTMLElement | null;
              if (previous?.classList.contains('case-row')) previous.focus();
              else inputRef.current?.focus();
            } else return;
            event.preventDefault();
          },
        })}
        columns={[
          { title: '受理编号', dataIndex: 'caseNo', width: 190, render: (no: string) => <span data-testid="case-row-no">{no}</span> },
          { title: '申请人', dataIndex: 'applicantName', ellipsis: true },
          { title: '证件号', dataIndex: 'applicantIdNumber', width: 190 },
          { title: '事项', dataIndex: 'itemNames', ellipsis: true },
          { title: '状态', width: 100, render: (_, r) => <Tag color={stateColors[r.state]}>{caseStateLabels[r.state]}</Tag> },
          { title: '受理时间', width: 150, render: (_, r) => formatTime(r.receivedAt) },
          {
            title: '承诺办结日期',
            width: 120,
            render: (_, r) => <PromisedDate date={r.promisedDate} provisional={r.promisedDateProvisional} />,
          },
          { title: '经办人', dataIndex: 'clerkName', width: 90 },
        ]}
      />
      <CaseDetail
        caseNo={caseNo}
        onClose={() => {
          closeCase();
          inputRef.current?.focus();
        }}
      />
    </Card>
  );
}
