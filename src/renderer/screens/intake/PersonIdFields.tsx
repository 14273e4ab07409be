import { Col, Form, Input, Select } from 'antd';
import { checkPersonId, idTypes, type IdKind } from '../../../shared/identity/id-types';

const idTypeOptions = idTypes.map((t) => ({ value: t.kind, label: t.label }));

interface Props {
  prefix: 'applicant' | 'agent';
  /** Called with the normalized number once it passes the local check (on blur or Enter). */
  onConfirmed?(idKind: IdKind, idNumber: string): void;
}

/** 证件类型 + 证件号码, checked here with the same rules and words as the back end. */
export function PersonIdFields({ prefix, onConfirmed }: Props) {
  const form = Form.useFormInstance();
  const idKindName = [prefix, 'idKind'];
  const idNumberName = [prefix, 'idNumber'];

  async function confirm() {
    const raw = (form.getFieldValue(idNumberName) as string | undefined) ?? '';
    if (raw.trim() === '') return;
    const idKind = form.getFieldValue(idKindName) as IdKind;
    const result = checkPersonId(idKind, raw);
    if (!result.ok) {
      await form.validateFields([idNumberName]).catch(() => undefined);
      return;
    }
    if (result.normalized !== raw) form.setFieldValue(idNumberName, result.normalized);
    form.setFields([{ name: idNumberName, errors: [] }]);
    onConfirmed?.(idKind, result.normalized);
  }

  return (
    <>
      <Col span={9}>
        <Form.Item label="证件类型" name={idKindName} rules={[{ required: true, message: '请选择证件类型' }]}>
          <Select
            options={idTypeOptions}
            data-testid={`${prefix}-id-kind`}
            onChange={() => {
              if (form.getFieldValue(idNumberName)) void form.validateFields([idNumberName]).catch(() => undefined);
            }}
          />
        </Form.Item>
      </Col>
      <Col span={15}>
        <Form.Item
          label="证件号码"
          name={idNumberName}
          validateTrigger={['onBlur']}
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                const result = checkPersonId(form.getFieldValue(idKindName) as IdKind, value ?? '');
                if (!result.ok) throw new Error((value ?? '').trim() === '' ? '请填写证件号码' : result.message);
              },
            },
          ]}
        >
          <Input
            autoComplete="off"
            maxLength={40}
            onBlur={() => void confirm()}
            onPressEnter={() => void confirm()}
            data-testid={`${prefix}-id-number`}
          />
        </Form.Item>
      </Col>
    </>
  );
}
