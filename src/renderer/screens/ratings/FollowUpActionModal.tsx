import { Alert, Form, Input, Modal, Radio, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { followUpOutcomeLabels, followUpOutcomes, type FollowUp } from '../../../shared/ratings/follow-up-schemas';
import { call } from '../../api/client';
import { useSubmit } from '../../forms/use-submit';
import type { FollowUpAction } from './FollowUpTable';
import { ResponsibleSelect } from './ResponsibleSelect';

const titles: Record<FollowUpAction, string> = { callback: '登记回访', close: '办结差评整改', assign: '指定整改责任人' };

interface Values {
  reached?: boolean;
  note?: string;
  outcome?: (typeof followUpOutcomes)[number];
  staffNo?: string;
}

/** One form for the three things done to a follow-up; the back end checks who may do which. */
export function FollowUpActionModal({
  action,
  followUp,
  onClose,
  onDone,
}: {
  action: FollowUpAction | null;
  followUp: FollowUp | null;
  onClose(): void;
  onDone(): void;
}) {
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useSubmit<Values>(form, async (values) => {
    if (!followUp || !action) return;
    const followUpId = followUp.id;
    if (action === 'callback')
      await call('ratings.recordCallback', { followUpId, reached: values.reached ?? true, note: values.note ?? '' });
    if (action === 'close')
      await call('ratings.closeFollowUp', { followUpId, outcome: values.outcome ?? 'fixed', note: values.note ?? '' });
    if (action === 'assign') await call('ratings.assignFollowUp', { followUpId, staffNo: values.staffNo ?? '' });
    onDone();
  });
  useEffect(() => form.resetFields(), [action, followUp, form]);

  return (
    <Modal
      open={action !== null}
      title={action ? titles[action] : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText="确定"
      okButtonProps={{ 'data-testid': 'follow-up-ok' } as ButtonProps}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ reached: true, outcome: 'fixed' }}>
        {followUp && (
          <p>
            {followUp.caseNo} · {followUp.applicantName} {followUp.applicantPhone}
          </p>
        )}
        {action === 'callback' && (
          <Form.Item name="reached" label="是否联系上申请人">
            <Radio.Group
              options={[
                { value: true, label: '已联系上' },
                { value: false, label: '未联系上' },
              ]}
            />
          </Form.Item>
        )}
        {action === 'close' && (
          <Form.Item name="outcome" label="处理结果">
            <Radio.Group options={followUpOutcomes.map((value) => ({ value, label: followUpOutcomeLabels[value] }))} />
          </Form.Item>
        )}
        {action === 'assign' ? (
          <Form.Item name="staffNo" label="整改责任人（不能是被评价的人员）" rules={[{ required: true, message: '请选择责任人' }]}>
            {followUp && <ResponsibleSelect followUpId={followUp.id} />}
          </Form.Item>
        ) : (
          <Form.Item
            name="note"
            label={action === 'callback' ? '回访记录' : '整改措施或解释说明'}
            rules={[{ required: true, message: '请填写' }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="follow-up-note" />
          </Form.Item>
        )}
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
