import { Alert, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { ratingLevelLabels, ratingStageLabels, subScoreKeys, subScoreLabels } from '../../../shared/ratings/rating-levels';
import type { Rating } from '../../../shared/ratings/rating-schemas';
import { useCallQuery } from '../../data/use-call';
import { formatTime } from '../cases/format-time';

const pageSize = 20;

/** 评价记录: every rating as given, newest first. */
export function RatingLedger() {
  const [badOnly, setBadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const found = useCallQuery('ratings.list', { badOnly, page, pageSize }, { keepPrevious: true });
  const data = found.data ?? { total: 0, rows: [] };
  const error = found.error?.message ?? null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Switch
          checked={badOnly}
          onChange={(on) => {
            setBadOnly(on);
            setPage(1);
          }}
        />
        <span>只看差评</span>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<Rating>
        rowKey="id"
        size="small"
        loading={found.isFetching}
        dataSource={data.rows}
        data-testid="rating-ledger"
        pagination={{ current: page, pageSize, total: data.total, onChange: setPage, showTotal: (n) => `共 ${n} 条` }}
        columns={[
          { title: '评价时间', width: 150, render: (_, r) => formatTime(r.ratedAt) },
          { title: '受理编号', dataIndex: 'caseNo', width: 170 },
          { title: '环节', width: 70, render: (_, r) => ratingStageLabels[r.stage] },
          { title: '满意度', width: 110, render: (_, r) => <Tag color={r.bad ? 'red' : 'green'}>{ratingLevelLabels[r.level]}</Tag> },
          {
            title: '分项评分',
            render: (_, r) =>
              subScoreKeys
                .filter((key) => r.scores[key] !== undefined)
                .map((key) => `${subScoreLabels[key]} ${r.scores[key]}`)
                .join('，') || '—',
          },
          { title: '意见', dataIndex: 'comment', ellipsis: true, render: (c: string | null) => c ?? '—' },
          { title: '被评人员', width: 100, render: (_, r) => `${r.clerk.name}（${r.clerk.staffNo}）` },
        ]}
      />
    </Space>
  );
}
