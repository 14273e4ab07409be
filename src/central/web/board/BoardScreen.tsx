import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Space, Statistic, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { formatFigure } from '../../../shared/reports/figure-columns';
import { boardRoute, type BoardFigures, type BoardQuery } from '../../contract/board-contract';
import { callCentre } from '../centre-api';
import { useCentreSession } from '../shell/use-centre-session';
import { WarningChart } from './BoardChart';
import { thisMonth, workbookHref } from './board-filters';
import { FigureTable, WarningTable } from './BoardTables';

const statStyle = { fontSize: 18 };

function Summary({ board }: { board: BoardFigures }) {
  const { total, followUps } = board;
  const red = board.warningsByHall.reduce((sum, r) => sum + r.red, 0);
  const yellow = board.warningsByHall.reduce((sum, r) => sum + r.yellow, 0);
  return (
    <Row gutter={12} data-testid="board-summary">
      <Col span={4}>
        <Statistic valueStyle={statStyle} title="按时办结率" value={formatFigure(total.onTimeRate, 'rate')} />
      </Col>
      <Col span={4}>
        <Statistic
          valueStyle={statStyle}
          title="平均用时 / 承诺（工作日）"
          value={`${formatFigure(total.avgWorkingDays, 'days')} / ${formatFigure(total.avgPromisedDays, 'days')}`}
        />
      </Col>
      <Col span={4}>
        <Statistic
          valueStyle={statStyle}
          title="减时间 · 减材料 · 减跑动"
          value={`${total.daysSaved} · ${total.materialsSaved} · ${total.tripsSaved}`}
        />
      </Col>
      <Col span={4}>
        <Statistic title="红色预警（已超期）" value={red} valueStyle={{ ...statStyle, color: '#cf1322' }} />
      </Col>
      <Col span={4}>
        <Statistic title="黄色预警（临期）" value={yellow} valueStyle={{ ...statStyle, color: '#d48806' }} />
      </Col>
      <Col span={4}>
        <Statistic
          valueStyle={statStyle}
          title="差评 · 待回访 · 超期"
          value={`${followUps.badRatings} · ${followUps.open} · ${followUps.overdue}`}
        />
      </Col>
    </Row>
  );
}

/**
 * 督查看板: the desks' figures across halls for a period (the same numbers as each desk's 统计报表),
 * the open sub-tasks at red and yellow, 三减 and the 差评 follow-ups; exported to .xlsx. A hall
 * administrator sees their own hall (the centre holds them to it).
 */
export function BoardScreen() {
  const user = useCentreSession().data?.user;
  const [query, setQuery] = useState<BoardQuery>(() => thisMonth(new Date()));
  const [draft, setDraft] = useState<BoardQuery>(query);
  const board = useQuery({ queryKey: ['board', query], queryFn: () => callCentre(boardRoute, query) });
  const ownHall = user?.role === 'hall-admin';
  const apply = () => setQuery({ ...draft, hallCode: draft.hallCode || undefined, department: draft.department || undefined });
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        督查看板{ownHall && user?.hallCode ? `（${user.hallCode}）` : ''}
      </Typography.Title>
      <Form layout="inline" onFinish={apply}>
        <Form.Item label="统计期">
          <DatePicker.RangePicker
            allowClear={false}
            value={[dayjs(draft.from), dayjs(draft.to)]}
            onChange={(range) => {
              if (range?.[0] && range[1]) setDraft({ ...draft, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
            }}
            data-testid="board-period"
          />
        </Form.Item>
        {ownHall ? null : (
          <Form.Item label="大厅编码">
            <Input
              allowClear
              style={{ width: 110 }}
              placeholder="全部"
              value={draft.hallCode ?? ''}
              onChange={(e) => setDraft({ ...draft, hallCode: e.target.value.trim() })}
              data-testid="board-hall"
            />
          </Form.Item>
        )}
        <Form.Item label="部门">
          <Input
            allowClear
            style={{ width: 200 }}
            placeholder="全部"
            value={draft.department ?? ''}
            onChange={(e) => setDraft({ ...draft, department: e.target.value.trim() })}
            data-testid="board-department"
          />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={board.isFetching}>
              查询
            </Button>
            <Button href={workbookHref(query)} data-testid="board-export">
              导出 Excel
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {board.error ? <Alert type="error" showIcon message={board.error.message} /> : null}
      {board.data ? (
        <>
          <Card size="small">
            <Summary board={board.data} />
          </Card>
          <Tabs
            size="small"
            items={[
              {
                key: 'department',
                label: '按部门',
                children: (
                  <FigureTable rows={board.data.byDepartment} total={board.data.total} keyTitle="部门" testId="board-by-department" />
                ),
              },
              {
                key: 'hall',
                label: '按大厅',
                children: <FigureTable rows={board.data.byHall} total={board.data.total} keyTitle="大厅" testId="board-by-hall" />,
              },
              {
                key: 'warnings',
                label: '预警',
                children: (
                  <Row gutter={12}>
                    <Col span={12}>
                      <WarningChart rows={board.data.warningsByDepartment} testId="board-warning-chart" />
                      <WarningTable rows={board.data.warningsByDepartment} keyTitle="部门" testId="board-warnings-by-department" />
                    </Col>
                    <Col span={12}>
                      <WarningChart rows={board.data.warningsByHall} testId="board-warning-chart-hall" />
                      <WarningTable rows={board.data.warningsByHall} keyTitle="大厅" testId="board-warnings-by-hall" />
                    </Col>
                  </Row>
                ),
              },
            ]}
          />
          <Typography.Text type="secondary">
            数据截至 {board.data.today}；与各受理台“统计报表”口径一致（办结按办结日期、受理按受理日期统计）。导出的 Excel 含全部指标及说明。
          </Typography.Text>
        </>
      ) : null}
    </Space>
  );
}
