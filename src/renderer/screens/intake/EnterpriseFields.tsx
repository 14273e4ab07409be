import { Col, Form, Input, Row } from 'antd';
import { creditCodeSchema, enterpriseNameSchema, personNameSchema, phoneSchema } from '../../../shared/identity/schemas';
import { checkCreditCode } from '../../../shared/identity/credit-code';
import { zodRule } from '../../forms/zod-rule';
import { addressRule } from './address-rule';

/** A legal person or other organisation, identified by its 统一社会信用代码. */
export function EnterpriseFields({ onCodeConfirmed }: { onCodeConfirmed(creditCode: string): void }) {
  const form = Form.useFormInstance();
  const codeName = ['applicant', 'creditCode'];

  async function confirm() {
    const raw = (form.getFieldValue(codeName) as string | undefined) ?? '';
    if (raw.trim() === '') return;
    const result = checkCreditCode(raw);
    if (!result.ok) {
      await form.validateFields([codeName]).catch(() => undefined);
      return;
    }
    if (result.normalized !== raw) form.setFieldValue(codeName, result.normalized);
    onCodeConfirmed(result.normalized);
  }

  return (
    <Row gutter={12}>
      <Col span={24}>
        <Form.Item label="统一社会信用代码" name={codeName} rules={[zodRule(creditCodeSchema)]} validateTrigger={['onBlur']}>
          <Input
            autoComplete="off"
            maxLength={40}
            onBlur={() => void confirm()}
            onPressEnter={() => void confirm()}
            data-testid="applicant-credit-code"
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="单位名称" name={['applicant', 'name']} rules={[zodRule(enterpriseNameSchema)]} validateTrigger={['onBlur']}>
          <Input autoComplete="off" data-testid="applicant-name" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          label="法定代表人"
          name={['applicant', 'legalRepresentative']}
          rules={[zodRule(personNameSchema)]}
          validateTrigger={['onBlur']}
        >
          <Input autoComplete="off" data-testid="applicant-legal-rep" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="联系人" name={['applicant', 'contactName']} rules={[zodRule(personNameSchema)]} validateTrigger={['onBlur']}>
          <Input autoComplete="off" data-testid="applicant-contact" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="联系电话" name={['applicant', 'phone']} rules={[zodRule(phoneSchema)]} validateTrigger={['onBlur']}>
          <Input autoComplete="off" inputMode="tel" data-testid="applicant-phone" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="地址" name={['applicant', 'address']} rules={[addressRule]}>
          <Input autoComplete="off" data-testid="applicant-address" />
        </Form.Item>
      </Col>
    </Row>
  );
}
