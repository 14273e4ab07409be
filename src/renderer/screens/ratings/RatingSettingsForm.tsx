import { Alert, Button, Form, Input, Radio, Space } from 'antd';
import { useState } from 'react';
import { followUpDayChoices } from '../../../shared/ratings/rating-levels';
import type { RatingSettings } from '../../../shared/ratings/follow-up-schemas';
import { call } from '../../api/client';
import { useFormValues } from '../../forms/use-form-values';
import { useSubmit } from '../../forms/use-submit';

interface Values {
  followUpWorkingDays: RatingSettings['followUpWorkingDays'];
  defaultResponsibleStaffNo: string;
}

/** The hall's 差评 time limit (5 or 15 working days) and who answers for new follow-ups. */
export function RatingSettingsForm() {
  const [form] = Form.useForm<Values>();
  const [saved, setSaved] = useState(false);
  const loadError = useFormValues(form, 'ratings.settings.get', {}, (settings) => ({
    ...settings,
    defaultResponsibleStaffNo: settings.defaultResponsibleStaffNo ?? '',
  }));
  const { busy, error, submit } = useSubmit<Values>(form, async (values) => {
    setSaved(false);
    const staffNo = values.defaultResponsibleStaffNo.trim();
    await call('ratings.settings.update', {
      followUpWorkingDays: values.followUpWorkingDays,
      defaultResponsibleStaffNo: staffNo ? staffNo : null,
    });
    setSaved(true);
  });

  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 520 }} onFinish={(values) => void submit(values)}>
      {loadError && <Alert type="error" showIcon title={loadError} />}
      <Form.Item name="followUpWorkingDays" label="差评整改时限">
        <Radio.Group options={followUpDayChoices.map((d) => ({ value: d, label: `${d} 个工作日` }))} />
      </Form.Item>
      <Form.Item
        name="defaultResponsibleStaffNo"
        label="默认整改责任人工号"
        extra="留空时先交督查/科长，由其指定责任人；差评整改从不交给被评价的人员；新的差评整改从此采用，已有的不变"
      >
        <Input maxLength={20} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          保存
        </Button>
        {saved && <span>已保存</span>}
      </Space>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
    </Form>
  );
}
