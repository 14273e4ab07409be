import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { setupInputSchema, type SetupInput } from '../../shared/contract/app-endpoints';
import { paperSettingLabels } from '../../shared/print/required-settings';
import { call } from '../api/client';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { zodRule } from '../forms/zod-rule';
import { useSubmit } from '../forms/use-submit';
import { useSession } from '../stores/session-store';

const fields = setupInputSchema.shape;
const adminFields = fields.admin.shape;

/** First start: the hall, this window, and the first administrator. */
export function SetupScreen() {
  const [form] = Form.useForm<SetupInput>();
  const signedIn = useSession((s) => s.signedIn);
  const { busy, error, submit } = useSubmit<SetupInput>(form, async (values) => {
    // The confirmation field stays on screen; the back end gets the password once.
    const { passwordConfirm: _confirm, ...admin } = values.admin as SetupInput['admin'] & { passwordConfirm?: string };
    signedIn(await call('setup.initialize', { ...values, admin }));
  });

  return (
    <div className="centered-page">
      <Card className="setup-card" title="首次使用：初始化受理台">
        <Typography.Paragraph type="secondary">
          请填写本大厅和本窗口的信息，并创建第一个管理员账号。完成后即以管理员身份登录。
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="大厅名称" name="hallName" rules={[zodRule(fields.hallName)]}>
            <Input autoFocus placeholder="例如：江川市政务服务中心" data-testid="setup-hall-name" />
          </Form.Item>
          <Form.Item label="大厅编码" name="hallCode" rules={[zodRule(fields.hallCode)]} extra="用于受理编号，例如 JC">
            <Input data-testid="setup-hall-code" />
          </Form.Item>
          <Form.Item label="窗口号" name="deskNo" rules={[zodRule(fields.deskNo)]} extra="本机所在窗口，例如 03">
            <Input data-testid="setup-desk-no" />
          </Form.Item>
          <Divider plain>文书信息</Divider>
          <Typography.Paragraph type="secondary" className="small-text">
            印在文书上，未填写的文书不能打印；也可稍后在“系统设置 → 打印设置”中填写。
          </Typography.Paragraph>
          <Form.Item
            label={paperSettingLabels.statusBaseUrl}
            name="statusBaseUrl"
            rules={[zodRule(fields.statusBaseUrl)]}
            extra="中心的办理进度查询网站，印成二维码"
          >
            <Input placeholder="https://" data-testid="setup-status-url" />
          </Form.Item>
          <Form.Item
            label={paperSettingLabels.reviewAuthority}
            name="reviewAuthority"
            rules={[zodRule(fields.reviewAuthority)]}
            extra="不予受理通知书告知的复议机关"
          >
            <Input data-testid="setup-review-authority" />
          </Form.Item>
          <Form.Item
            label={paperSettingLabels.litigationCourt}
            name="litigationCourt"
            rules={[zodRule(fields.litigationCourt)]}
            extra="不予受理通知书告知的法院"
          >
            <Input data-testid="setup-litigation-court" />
          </Form.Item>
          <Divider plain>管理员账号</Divider>
          <Form.Item label="工号" name={['admin', 'staffNo']} rules={[zodRule(adminFields.staffNo)]}>
            <Input data-testid="setup-admin-staff-no" />
          </Form.Item>
          <Form.Item label="姓名" name={['admin', 'name']} rules={[zodRule(adminFields.name)]}>
            <Input data-testid="setup-admin-name" />
          </Form.Item>
          <NewPasswordFields name={['admin', 'password']} label="密码" testId="setup-admin-password" />
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="setup-submit">
            完成设置
          </Button>
        </Form>
      </Card>
    </div>
  );
}
