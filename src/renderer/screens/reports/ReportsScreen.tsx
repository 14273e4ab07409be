import { Alert, Button, Card, Col, DatePicker, Radio, Row, Select, Space, Spin, Statistic, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { figureColumns, formatFigure, reuseFigure } from '../../../shared/reports/figure-columns';
import { reportPeriodLabels, reportPeriods, type ReportPeriod } from '../../../shared/reports/report-period';
import { reportDimensionLabels, reportDimensions, type ReportDimension } from '../../../shared/reports/report-schemas';
import { call } from '../../api/client';
import { useCallQuery } from '../../data/use-call';
import { saveBlob } from '../../print/print-actions';
import { EChart } from '../../../web-ui/EChart';
import { FigureTable } from './FigureTable';
import { groupBarsOption, ratesOption, trendOption } from './report-charts';

const headline = [
  'received',
  'accepted',
  'correctionNotices',
  'refusals',
  'finished',
  'onTimeRate',
  'avgWorkingDays',
  'satisfaction',
  'badRatings',
] as const;
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pickers: Record<ReportPeriod, 'date' | 'week' | 'month'> = { day: 'date', week: 'week', month: 'month' };

/**
 * 统计报表: the hall's figures per day, week or month by clerk, item or department, as charts and
 * a table, and as an Excel file the back end builds from the same numbers. The back end runs the
 * aggregate queries in its own process; the page shows a spinner meanwhile and stays usable.
 */
export function ReportsScreen() {
  const [period, setPeriod] = useState<ReportPeriod>('day');
  const [picked, setDate] = useState<string | undefined>(undefined);
  const [groupBy, setGroupBy] = useState<ReportDimension>('clerk');
  const [exporting, setExporting] = useState(false);
  const [exportError, setError] = useState<string | null>(null);
  const found = useCallQuery('reports.figures', { period, date: picked, groupBy }, { keepPrevious: true });
  const figures = found.data ?? null;
  const loading = found.isFetching;
  const error = exportError ?? found.error?.message ?? null;
  // Without a date the back end takes the hall's today: show which day that was.
  const date = picked ?? figures?.period.from;

  async function exportXlsx() {
    setExporting(true);
    setError(null);
    try {
      const file = await call('reports.exportXlsx', { period, date, groupBy });
      const bytes = Uint8Array.from(atob(file.xlsxBase64), (c) => c.charCodeAt(0));
      saveBlob(new Blob([bytes], { type: xlsxType }), file.fileName);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setExporting(false);
    }
  }

  const charts = useMemo(
    () => (figures ? { bars: groupBarsOption(figures), trend: trendOption(figures), rates: ratesOption(figures) } : null),
    [figures],
  );
  const columns = new Map(figureColumns.map((c) => [c.key, c]));
  return (
    <Card
      title="统计报表"
      data-testid="reports-screen"
      extra={
        <Button type="primary" onClick={() => void exportXlsx()} loading={exporting} disabled={!figures} data-testid="report-export">
          导出 Excel
        </Button>
      }
    >
      <Space wrap className="detail-block">
        <Radio.Group
          optionType="button"
          value={period}
          onChange={(event) => setPeriod(event.target.value as ReportPeriod)}
          options={reportPeriods.map((p) => ({ value: p, label: reportPeriodLabels[p] }))}
          data-testid="report-period"
        />
        <DatePicker
          picker={pickers[period]}
          allowClear={false}
          value={date ? dayjs(date) : null}
          onChange={(value: Dayjs | null) => value && setDate(value.format('YYYY-MM-DD'))}
          data-testid="report-date"
        />
        <Select<ReportDimension>
          value={groupBy}
          onChange={setGroupBy}
          style={{ width: 140 }}
          options={reportDimensions.map((d) => ({ value: d, label: reportDimensionLabels[d] }))}
          data-testid="report-group-by"
        />
        {figures && <span data-testid="report-period-label">统计期：{figures.period.label}</span>}
      </Space>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Spin spinning={loading} description="正在统计…">
        {figures && charts && (
          <div data-testid="report-figures" data-loading={loading}>
            <Row gutter={[16, 16]} className="detail-block">
              {headline.map((key) => (
                <Col key={key} flex="1 0 120px">
                  <Statistic
                    title={columns.get(key)?.label}
                    value={formatFigure(figures.total[key], columns.get(key)!.format)}
                    data-testid={`report-total-${key}`}
                  />
                </Col>
              ))}
              <Col flex="1 0 120px">
                <Tooltip title={reuseFigure.meaning}>
                  <Statistic
                    title={`三减：${reuseFigure.linesLabel}`}
                    value={figures.reuse.lines}
                    suffix={`（${figures.reuse.cases} 件）`}
                    data-testid="report-total-reuse"
                  />
                </Tooltip>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col span={12}>
                <EChart option={charts.bars} testId="report-chart-groups" />
              </Col>
              <Col span={12}>
                <EChart option={charts.trend} testId="report-chart-trend" />
              </Col>
            </Row>
            <EChart option={charts.rates} height={260} testId="report-chart-rates" />
            <FigureTable figures={figures} />
          </div>
        )}
      </Spin>
    </Card>
  );
}
