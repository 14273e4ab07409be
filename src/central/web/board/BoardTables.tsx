import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatFigure } from '../../../shared/reports/figure-columns';
import { boardColumns, warningColumns } from '../../contract/board-columns';
import type { BoardRow, WarningRow } from '../../contract/board-contract';

/** The columns that fit 1366x768 beside the menu; the workbook carries every column. */
const shown = new Set([
  'received',
  'accepted',
  'finished',
  'onTimeRate',
  'avgWorkingDays',
  'avgPromisedDays',
  'daysSaved',
  'materialsSaved',
  'tripsSaved',
  'badRatings',
]);

function figureColumnsFor(keyTitle: string): ColumnsType<BoardRow> {
  return [
    { title: keyTitle, dataIndex: 'label', key: 'label', ellipsis: true, width: 200 },
    ...boardColumns
      .filter((column) => shown.has(column.key))
      .map((column) => ({
        title: column.label,
        key: column.key,
        align: 'right' as const,
        render: (_: unknown, row: BoardRow) => formatFigure(row[column.key], column.format),
      })),
  ];
}

/** Figures per department or hall, the total first. */
export function FigureTable({ rows, total, keyTitle, testId }: { rows: BoardRow[]; total: BoardRow; keyTitle: string; testId: string }) {
  return (
    <Table<BoardRow>
      size="small"
      rowKey="key"
      columns={figureColumnsFor(keyTitle)}
      dataSource={[total, ...rows]}
      pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
      data-testid={testId}
    />
  );
}

const warningTableColumns = (keyTitle: string): ColumnsType<WarningRow> => [
  { title: keyTitle, dataIndex: 'label', key: 'label', ellipsis: { showTitle: true } },
  ...warningColumns.map((column) => ({ title: column.label, dataIndex: column.key, key: column.key, align: 'right' as const, width: 96 })),
];

/** Open sub-tasks at red and yellow, worst first. */
export function WarningTable({ rows, keyTitle, testId }: { rows: WarningRow[]; keyTitle: string; testId: string }) {
  return (
    <Table<WarningRow>
      size="small"
      rowKey="key"
      columns={warningTableColumns(keyTitle)}
      dataSource={rows}
      pagination={{ pageSize: 6, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: '没有临期或超期的在办子任务' }}
      data-testid={testId}
    />
  );
}
