import { Table, Tooltip } from 'antd';
import { figureColumns, formatFigure } from '../../../shared/reports/figure-columns';
import { reportDimensionLabels, type FigureRow, type HallFigures } from '../../../shared/reports/report-schemas';

const groupTitles = { clerk: '窗口人员', item: '事项', department: '部门' } as const;

/** The report's numbers: the hall's total first, then each group; the same columns as the workbook. */
export function FigureTable({ figures }: { figures: HallFigures }) {
  return (
    <Table<FigureRow>
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 1300 }}
      dataSource={[figures.total, ...figures.rows]}
      data-testid="report-table"
      title={() => reportDimensionLabels[figures.groupBy]}
      onRow={(row) => ({ 'data-testid': `report-row-${row.key}` }) as object}
      columns={[
        {
          title: groupTitles[figures.groupBy],
          dataIndex: 'label',
          fixed: 'left',
          width: 220,
          render: (label: string, row) => (row.key === 'total' ? <strong>{label}</strong> : label),
        },
        ...figureColumns.map((column) => ({
          key: column.key,
          title: <Tooltip title={column.meaning}>{column.label}</Tooltip>,
          align: 'right' as const,
          width: column.format === 'count' ? 90 : 120,
          render: (_: unknown, row: FigureRow) => <span data-figure={column.key}>{formatFigure(row[column.key], column.format)}</span>,
        })),
      ]}
    />
  );
}
