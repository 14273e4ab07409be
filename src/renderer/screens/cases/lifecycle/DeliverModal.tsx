import { Checkbox, Form, Input, Radio, Select } from 'antd';
import type { LifecycleResult } from '../../../../shared/contract/lifecycle-endpoints';
import { recipientKindLabels, recipientKinds, type DeliverInput } from '../../../../shared/lifecycle/lifecycle-inputs';
import type { CaseLifecycle } from '../../../../shared/lifecycle/lifecycle-view';
import { call } from '../../../api/client';
import { ActionModal } from './ActionModal';

type Values = {
  method: 'window' | 'mail';
  recipient: string;
  recipientKind: DeliverInput['recipientKind'];
  recipientIdNumber?: string;
  proxyReason?: string;
  documents: string;
  signed?: boolean;
  phone?: string;
  address?: string;
  trackingNo?: string;
};

const kindOptions = recipientKinds.map((k) => ({ value: k, label: recipientKindLabels[k] }));

function DeliverFields() {
  const form = Form.useFormInstance<Values>();
  const method = Form.useWatch('method', form);
  const kind = Form.useWatch('recipientKind', form);
  return (
    <>
      <Form.Item label="出件方式" name="method">
        <Radio.Group optionType="button" buttonStyle="solid">
          <Radio.Button value="window" data-testid="deliver-method-window">
            窗口领取
          </Radio.Button>
          <Radio.Button value="mail" data-testid="deliver-method-mail">
            邮寄
          </Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Form.Item label="领取人（受送达人）" name="recipient">
        <Input data-testid="deliver-recipient" />
      </Form.Item>
      <Form.Item
        label="领取人证件号码"
        name="recipientIdNumber"
        extra={method === 'mail' ? '邮寄时可不填' : '核验领取人身份证件后填写，打印在送达回证上'}
      >
        <Input data-testid="deliver-recipient-id" autoComplete="off" />
      </Form.Item>
      <Form.Item label="领取人身份" name="recipientKind">
        <Select options={kindOptions} data-testid="deliver-recipient-kind" />
      </Form.Item>
      {kind !== 'applicant' && (
        <Form.Item label="代收理由" name="proxyReason">
          <Input data-testid="deliver-proxy-reason" />
        </Form.Item>
      )}
      <Form.Item label="送达文书及份数" name="documents">
        <Input placeholder="如 营业执照正本1份、副本1份" data-testid="deliver-documents" />
      </Form.Item>
      {method === 'mail' ? (
        <>
          <Form.Item label="收件电话" name="phone">
            <Input data-testid="deliver-phone" />
          </Form.Item>
          <Form.Item label="邮寄地址" name="address">
            <Input data-testid="deliver-address" />
          </Form.Item>
          <Form.Item label="邮件单号" name="trackingNo">
            <Input data-testid="deliver-tracking" />
          </Form.Item>
          <Form.Item name="signed" valuePropName="checked">
            <Checkbox data-testid="deliver-signed">邮寄回执已签收返回</Checkbox>
          </Form.Item>
        </>
      ) : (
        <Form.Item name="signed" valuePropName="checked">
          <Checkbox data-testid="deliver-signed">领取人已在送达回证上签名</Checkbox>
        </Form.Item>
      )}
    </>
  );
}

/** 出件: the 送达回证's fields; the back end checks them against the same rules. */
export function DeliverModal({
  lifecycle,
  open,
  onClose,
  onDone,
}: {
  lifecycle: CaseLifecycle;
  open: boolean;
  onClose(): void;
  onDone(result: LifecycleResult): void;
}) {
  return (
    <ActionModal<Values>
      title="出件（送达）"
      okText="确认出件"
      testId="deliver"
      open={open}
      onClose={onClose}
      initialValues={{
        method: 'window',
        recipient: lifecycle.applicantName.length <= 50 ? lifecycle.applicantName : '',
        recipientKind: 'applicant',
        signed: false,
      }}
      onSubmit={async (v) => {
        const base = {
          caseNo: lifecycle.caseNo,
          recipient: v.recipient,
          recipientKind: v.recipientKind,
          recipientIdNumber: v.recipientIdNumber ?? '',
          proxyReason: v.proxyReason ?? '',
          documents: v.documents,
        };
        const input =
          v.method === 'mail'
            ? {
                ...base,
                method: 'mail' as const,
                phone: v.phone ?? '',
                address: v.address ?? '',
                trackingNo: v.trackingNo ?? '',
                signed: v.signed ?? false,
              }
            : { ...base, method: 'window' as const, signed: (v.signed ?? false) as true };
        onDone(await call('lifecycle.deliver', input));
      }}
    >
      {() => <DeliverFields />}
    </ActionModal>
  );
}
