import { Alert, Form, Input, InputNumber, Select, Space } from 'antd';
import type { LifecycleResult } from '../../../../shared/contract/lifecycle-endpoints';
import type { CaseDetail } from '../../../../shared/intake/case-types';
import { correctContactInputSchema, correctMaterialInputSchema, voidCaseInputSchema } from '../../../../shared/lifecycle/correction-inputs';
import { call } from '../../../api/client';
import { zodRule } from '../../../forms/zod-rule';
import { ActionModal } from '../lifecycle/ActionModal';

interface Props {
  detail: CaseDetail;
  open: boolean;
  onClose(): void;
  onDone(result: LifecycleResult): void;
}

const reasonRule = zodRule(correctContactInputSchema.shape.reason);

/** 更正 of the applicant's contact fields; the legal identity is shown but not editable. */
export function CorrectContactModal({ detail, ...props }: Props) {
  const a = detail.applicant;
  const enterprise = a.kind === 'enterprise';
  return (
    <ActionModal<{ phone: string; address: string; contactName?: string; reason: string }>
      title="更正申请人联系信息"
      okText="保存更正"
      testId="correct-contact"
      open={props.open}
      onClose={props.onClose}
      initialValues={{ phone: a.phone, address: a.address ?? '', ...(enterprise ? { contactName: a.contactName ?? '' } : {}) }}
      onSubmit={async (v) => {
        const changed = (value: string | undefined, before: string | null) =>
          value !== undefined && value.trim() !== (before ?? '') ? value : undefined;
        props.onDone(
          await call('cases.correctContact', {
            caseNo: detail.caseNo,
            phone: changed(v.phone, a.phone),
            address: changed(v.address, a.address),
            contactName: enterprise ? changed(v.contactName, a.contactName) : undefined,
            reason: v.reason,
          }),
        );
      }}
    >
      {() => (
        <>
          <Alert
            type="info"
            showIcon
            className="form-alert"
            title={`申请人：${a.name}（${a.idNumber}）。申请人身份信息不能更正；登记错了请作废后重新登记。`}
          />
          <Space wrap>
            <Form.Item label="联系电话" name="phone">
              <Input maxLength={20} autoFocus data-testid="correct-phone" />
            </Form.Item>
            {enterprise && (
              <Form.Item label="联系人" name="contactName">
                <Input maxLength={50} data-testid="correct-contact-name" />
              </Form.Item>
            )}
          </Space>
          <Form.Item label="地址" name="address">
            <Input maxLength={200} data-testid="correct-address" />
          </Form.Item>
          <Form.Item label="更正原因" name="reason" rules={[reasonRule]}>
            <Input.TextArea rows={2} maxLength={200} data-testid="correct-reason" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** 更正 of the counts received for one material line. */
export function CorrectMaterialModal({ detail, ...props }: Props) {
  const received = detail.materials.filter((m) => m.status === 'received');
  return (
    <ActionModal<{ materialKey: string; originals: number; copies: number; reason: string }>
      title="更正材料份数"
      okText="保存更正"
      testId="correct-material"
      open={props.open}
      onClose={props.onClose}
      initialValues={{
        materialKey: received[0]?.key,
        originals: received[0]?.receivedOriginals ?? 0,
        copies: received[0]?.receivedCopies ?? 0,
      }}
      onSubmit={async (v) => props.onDone(await call('cases.correctMaterial', { caseNo: detail.caseNo, ...v }))}
    >
      {(form) => (
        <>
          <Form.Item label="材料" name="materialKey" rules={[{ required: true, message: '请选择材料' }]}>
            <Select
              data-testid="correct-material-key"
              options={received.map((m) => ({
                value: m.key,
                label: `${m.name}（现登记：原件${m.receivedOriginals}份、复印件${m.receivedCopies}份）`,
              }))}
              onChange={(key: string) => {
                const line = received.find((m) => m.key === key);
                form.setFieldsValue({ originals: line?.receivedOriginals ?? 0, copies: line?.receivedCopies ?? 0 });
              }}
            />
          </Form.Item>
          <Space>
            <Form.Item label="原件份数" name="originals" rules={[zodRule(correctMaterialInputSchema.shape.originals)]}>
              <InputNumber min={0} max={99} precision={0} data-testid="correct-originals" />
            </Form.Item>
            <Form.Item label="复印件份数" name="copies" rules={[zodRule(correctMaterialInputSchema.shape.copies)]}>
              <InputNumber min={0} max={99} precision={0} data-testid="correct-copies" />
            </Form.Item>
          </Space>
          <Form.Item label="更正原因" name="reason" rules={[reasonRule]}>
            <Input.TextArea rows={2} maxLength={200} data-testid="correct-material-reason" />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/**
 * 作废: the supervisor (督查/科长) comes to this window and approves with their own 工号 and
 * password; nothing is left pending, and the applicant is still at the window.
 */
export function VoidModal({ detail, ...props }: Props) {
  return (
    <ActionModal<{ reason: string; staffNo: string; password: string }>
      title="作废案件（误登记）"
      okText="审批并作废"
      testId="void"
      open={props.open}
      onClose={props.onClose}
      onSubmit={async (v) =>
        props.onDone(
          await call('cases.void', { caseNo: detail.caseNo, reason: v.reason, approver: { staffNo: v.staffNo, password: v.password } }),
        )
      }
    >
      {() => (
        <>
          <Alert
            type="warning"
            showIcon
            className="form-alert"
            title={`只能作废当天登记的案件。作废后案件保留并标记“已作废”，受理编号 ${detail.caseNo} 不再使用。须由督查/科长在本机输入工号和密码审批。`}
          />
          <Form.Item label="作废原因" name="reason" rules={[zodRule(voidCaseInputSchema.shape.reason)]}>
            <Input.TextArea rows={2} maxLength={200} autoFocus data-testid="void-reason" />
          </Form.Item>
          <Space>
            <Form.Item label="审批人工号（督查/科长）" name="staffNo" rules={[{ required: true, message: '请输入审批人工号' }]}>
              <Input maxLength={20} autoComplete="off" data-testid="void-approver" />
            </Form.Item>
            <Form.Item label="审批人密码" name="password" rules={[{ required: true, message: '请输入审批人密码' }]}>
              <Input.Password maxLength={200} autoComplete="off" data-testid="void-password" />
            </Form.Item>
          </Space>
        </>
      )}
    </ActionModal>
  );
}
