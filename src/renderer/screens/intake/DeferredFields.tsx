import { Checkbox, DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MaterialLine } from '../../../shared/intake/material-check';

interface Props {
  lines: MaterialLine[];
  today: string;
  promisedDate: string | null;
  defaultDeadline: string | null;
}

/** 容缺受理: each missing material gets a supply date, never past the promised completion date. */
export function DeferredFields({ lines, today, promisedDate, defaultDeadline }: Props) {
  const latest = promisedDate ? dayjs(promisedDate) : null;
  return (
    <div className="decision-fields" data-testid="deferred-fields">
      {lines.map(({ spec }) => (
        <Form.Item
          key={spec.key}
          label={`${spec.name} 补交期限`}
          name={['deadlines', spec.key]}
          initialValue={defaultDeadline ? dayjs(defaultDeadline) : undefined}
          rules={[
            {
              validator: async (_rule, value: Dayjs | null | undefined) => {
                if (!value) throw new Error('请选择补交期限');
                if (value.isBefore(dayjs(today), 'day')) throw new Error('补交期限不能早于今天');
                if (latest && value.isAfter(latest, 'day')) {
                  throw new Error(`补交期限不能晚于承诺办结日期 ${latest.format('YYYY-MM-DD')}`);
                }
              },
            },
          ]}
        >
          <DatePicker
            allowClear={false}
            disabledDate={(d) => d.isBefore(dayjs(today), 'day') || (latest !== null && d.isAfter(latest, 'day'))}
            data-testid={`deadline-${spec.key}`}
          />
        </Form.Item>
      ))}
      <Form.Item
        name={['decision', 'commitmentSigned']}
        valuePropName="checked"
        rules={[
          {
            validator: async (_rule, value: boolean | undefined) => {
              if (value !== true) throw new Error('容缺受理须由申请人签署容缺受理承诺书');
            },
          },
        ]}
      >
        <Checkbox data-testid="commitment-signed">申请人已签署容缺受理承诺书</Checkbox>
      </Form.Item>
      <Typography.Text type="secondary" className="small-text">
        逾期未补交的，按承诺书约定处理；代办的，另需授权委托书。
      </Typography.Text>
    </div>
  );
}
