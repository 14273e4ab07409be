import { Alert, App, Button, Card, Form, InputNumber, Space } from 'antd';
import { useEffect } from 'react';
import { pageUploadSettingsSchema, type PageUploadSettings } from '../../shared/contract/page-upload-endpoints';
import { call } from '../api/client';
import { useSubmit } from '../forms/use-submit';
import { zodRule } from '../forms/zod-rule';

const fields = pageUploadSettingsSchema.shape;

/** 电子材料上传: how many pages go to the centre at once, and the bandwidth they may take. */
export function PageUploadSettingsCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<PageUploadSettings>();
  useEffect(() => {
    void call('pageUpload.settings', {}).then((s) => form.setFieldsValue(s));
  }, [form]);
  const { busy, error, submit } = useSubmit<PageUploadSettings>(form, async (values) => {
    await call('pageUpload.updateSettings', values);
    void message.success('电子材料上传设置已保存');
  });

  return (
    <Card title="电子材料上传" className="settings-card" data-testid="page-upload-settings">
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Space wrap>
          <Form.Item label="同时上传页数" name="maxInFlight" rules={[zodRule(fields.maxInFlight)]}>
            <InputNumber min={1} max={8} precision={0} data-testid="page-upload-in-flight" />
          </Form.Item>
          <Form.Item
            label="上传带宽上限（KB/s）"
            name="maxKibPerSecond"
            rules={[zodRule(fields.maxKibPerSecond)]}
            extra="0 表示不限；使用移动网络的大厅可设上限，为其他业务留出带宽"
          >
            <InputNumber min={0} max={1_000_000} precision={0} data-testid="page-upload-bandwidth" />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="page-upload-settings-save">
          保存
        </Button>
      </Form>
    </Card>
  );
}
