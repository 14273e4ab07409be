import { Form, Input, Select } from 'antd';
import { decisionInputSchema, refusalReasons, type RefusalReasonKind } from '../../../shared/intake/decision';
import { zodRule } from '../../forms/zod-rule';

const refusal = decisionInputSchema.options[3].shape;
const reasonOptions = Object.entries(refusalReasons).map(([value, label]) => ({ value, label }));

/** 不予受理 on the spot (行政许可法 art. 32): the ground, the specifics, and where to go instead. */
export function RefusalFields() {
  const form = Form.useFormInstance();
  const reasonKind = Form.useWatch(['decision', 'reasonKind'], form) as RefusalReasonKind | undefined;
  const referRequired = reasonKind === 'outside-powers';
  return (
    <div className="decision-fields" data-testid="refusal-fields">
      <Form.Item label="不予受理理由" name={['decision', 'reasonKind']} rules={[{ required: true, message: '请选择不予受理的理由' }]}>
        <Select
          options={reasonOptions}
          placeholder="请选择"
          data-testid="refusal-kind"
          onChange={() => void form.validateFields([['decision', 'referTo']]).catch(() => undefined)}
        />
      </Form.Item>
      <Form.Item label="具体理由" name={['decision', 'reasonText']} rules={[zodRule(refusal.reasonText)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="refusal-text" />
      </Form.Item>
      <Form.Item
        label="告知申请人向何机关申请"
        name={['decision', 'referTo']}
        required={referRequired}
        rules={[
          zodRule(refusal.referTo),
          {
            validator: async (_rule, value: string | undefined) => {
              if (form.getFieldValue(['decision', 'reasonKind']) === 'outside-powers' && !value?.trim()) {
                throw new Error('不属于本机关职权范围的，须告知申请人向哪个机关申请');
              }
            },
          },
        ]}
      >
        <Input placeholder={referRequired ? '例如：江川市市场监督管理局' : '可不填'} data-testid="refusal-refer-to" />
      </Form.Item>
    </div>
  );
}
