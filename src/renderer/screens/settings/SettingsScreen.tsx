import { Alert, App, Button, Card, Form, Input, InputNumber, Select } from 'antd';
import { deskSettingsSchema, idReaderKinds, idReaderLabels, type DeskSettings } from '../../../shared/contract/settings-endpoints';
import { call } from '../../api/client';
import { useFormValues } from '../../forms/use-form-values';
import { useSubmit } from '../../forms/use-submit';
import { zodRule } from '../../forms/zod-rule';
import { CalendarSettingsCard } from './calendar/CalendarSettingsCard';
import { useSession } from '../../stores/session-store';
import { PrintSettingsCard } from './PrintSettingsCard';
import { MaterialSettingsCard } from '../materials/MaterialSettingsCard';
import { PageUploadSettingsCard } from '../../sync/PageUploadSettingsCard';

const fields = deskSettingsSchema.shape;

/** The administrator's desk settings: ID-card reader, the case number format, the idle logout and the hall's time zone. */
export function SettingsScreen() {
  const { message } = App.useApp();
  const [form] = Form.useForm<DeskSettings>();
  const loadError = useFormValues(form, 'settings.get', {});
  const { busy, error, submit } = useSubmit<DeskSettings>(form, async (values) => {
    form.setFieldsValue(await call('settings.update', values));
    // The hall's zone travels in app.status: refresh it so every time on screen follows.
    await useSession.getState().refresh();
    void message.success('设置已保存');
  });

  return (
    <>
      <Card title="系统设置" className="settings-card">
        {(error ?? loadError) && <Alert type="error" showIcon title={error ?? loadError} className="form-alert" />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="身份证读卡器" name="idReader" rules={[zodRule(fields.idReader)]}>
            <Select
              options={idReaderKinds.map((kind) => ({ value: kind, label: idReaderLabels[kind] }))}
              data-testid="settings-id-reader"
            />
          </Form.Item>
          <Form.Item
            label="受理编号格式"
            name="caseNumberFormat"
            rules={[zodRule(fields.caseNumberFormat)]}
            extra="须包含 {hall} 大厅编码、{desk} 窗口号、{year} 年份、{serial} 流水号，只影响新案件"
          >
            <Input data-testid="settings-case-number-format" />
          </Form.Item>
          <Form.Item
            label="无操作自动退出（分钟）"
            name="sessionIdleMinutes"
            rules={[zodRule(fields.sessionIdleMinutes)]}
            extra="窗口无人操作超过该时间后自动退出登录，默认30分钟"
          >
            <InputNumber min={5} max={480} precision={0} data-testid="settings-session-idle" />
          </Form.Item>
          <Form.Item
            label="大厅时区"
            name="timeZone"
            rules={[zodRule(fields.timeZone)]}
            extra="屏幕、文书、导出和审计日志中的时间均按此时区显示，与本机时区无关"
          >
            <Input placeholder="Asia/Shanghai" data-testid="settings-time-zone" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="settings-save">
            保存
          </Button>
        </Form>
      </Card>
      <PrintSettingsCard />
      <MaterialSettingsCard />
      <PageUploadSettingsCard />
      <CalendarSettingsCard />
    </>
  );
}
