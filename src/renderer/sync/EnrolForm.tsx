import { Alert, Button, Form, Input } from 'antd';
import { enrolInputSchema } from '../../shared/contract/sync-endpoints';
import { call } from '../api/client';
import { useSubmit } from '../forms/use-submit';
import { zodRule } from '../forms/zod-rule';
import { useInvalidate } from '../data/use-call';

interface EnrolValues {
  centralUrl: string;
  enrolmentCode: string;
}

/** The administrator enters the centre's address and the one-time code the centre issued. */
export function EnrolForm() {
  const [form] = Form.useForm<EnrolValues>();
  const invalidate = useInvalidate();
  const { busy, error, submit } = useSubmit<EnrolValues>(form, async (values) => {
    await call('sync.enrol', values);
    await invalidate('syncRun');
  });
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Form.Item label="中心平台地址" name="centralUrl" rules={[zodRule(enrolInputSchema.shape.centralUrl)]}>
        <Input placeholder="例如 http://10.1.2.3:47900" data-testid="enrol-url" />
      </Form.Item>
      <Form.Item
        label="注册码"
        name="enrolmentCode"
        rules={[zodRule(enrolInputSchema.shape.enrolmentCode)]}
        extra="由中心管理员为本大厅本窗口签发，只能使用一次"
      >
        <Input data-testid="enrol-code" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="enrol-submit">
        注册本窗口
      </Button>
    </Form>
  );
}
