import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Switch, Table } from 'antd';
import { allowedPapers, printSettingsSchema, type PrintSettings } from '../../../shared/print/print-settings';
import { docTypeInfo, docTypes, type DocType } from '../../../shared/print/doc-types';
import { paperSettingLabels } from '../../../shared/print/required-settings';
import { call } from '../../api/client';
import { useFormValues } from '../../forms/use-form-values';
import { useSubmit } from '../../forms/use-submit';
import { zodRule } from '../../forms/zod-rule';

const fields = printSettingsSchema.shape;
const paperLabels = { A4: 'A4', roll80: '80mm 热敏卷纸' } as const;

/** The hall's print settings: header, document numbers, the QR's status site, and per document its printer and paper. */
export function PrintSettingsCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<PrintSettings>();
  useFormValues(form, 'print.settings.get', {});
  const { busy, error, submit } = useSubmit<PrintSettings>(form, async (values) => {
    const current = await call('print.settings.get', {});
    form.setFieldsValue(
      await call('print.settings.update', { ...current, ...values, documents: { ...current.documents, ...values.documents } }),
    );
    void message.success('打印设置已保存');
  });

  return (
    <Card title="打印设置" className="settings-card" data-testid="print-settings">
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label="文书抬头" name="headerText" rules={[zodRule(fields.headerText)]} extra="留空则使用大厅名称">
          <Input />
        </Form.Item>
        <Form.Item
          label="文号简称"
          name="shortCode"
          rules={[zodRule(fields.shortCode)]}
          extra="留空则使用大厅编码，如 JC受字〔2026〕第03-000012号"
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={paperSettingLabels.statusBaseUrl}
          name="statusBaseUrl"
          rules={[zodRule(fields.statusBaseUrl)]}
          extra="印成二维码；未填写时案件文书不能打印"
        >
          <Input placeholder="https://" data-testid="settings-status-url" />
        </Form.Item>
        <Form.Item label="回执上隐藏部分证件号码" name="maskIdOnReceipts" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item label="窗口电话" name="windowPhone" rules={[zodRule(fields.windowPhone)]}>
          <Input />
        </Form.Item>
        <Form.Item label="补正期限（日）" name="correctionDays" rules={[zodRule(fields.correctionDays)]}>
          <InputNumber min={1} max={365} />
        </Form.Item>
        <Form.Item
          label={paperSettingLabels.reviewAuthority}
          name="reviewAuthority"
          rules={[zodRule(fields.reviewAuthority)]}
          extra="未填写时不予受理通知书不能打印"
        >
          <Input data-testid="settings-review-authority" />
        </Form.Item>
        <Form.Item
          label={paperSettingLabels.litigationCourt}
          name="litigationCourt"
          rules={[zodRule(fields.litigationCourt)]}
          extra="未填写时不予受理通知书不能打印"
        >
          <Input data-testid="settings-litigation-court" />
        </Form.Item>
        <Table<DocType>
          size="small"
          rowKey={(docType) => docType}
          pagination={false}
          dataSource={[...docTypes]}
          columns={[
            { title: '文书', render: (_, docType) => docTypeInfo[docType].label },
            {
              title: '打印机（桌面版，留空则弹出打印对话框）',
              render: (_, docType) => (
                <Form.Item name={['documents', docType, 'printer']} noStyle>
                  <Input size="small" />
                </Form.Item>
              ),
            },
            {
              title: '纸张',
              width: 160,
              render: (_, docType) => (
                <Form.Item name={['documents', docType, 'paper']} noStyle>
                  <Select size="small" options={allowedPapers(docType).map((paper) => ({ value: paper, label: paperLabels[paper] }))} />
                </Form.Item>
              ),
            },
          ]}
        />
        <Button type="primary" htmlType="submit" loading={busy} className="settings-save" data-testid="print-settings-save">
          保存打印设置
        </Button>
      </Form>
    </Card>
  );
}
