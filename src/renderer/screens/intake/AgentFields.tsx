import { Col, Form, Input, Radio, Row } from 'antd';
import { personNameSchema, phoneSchema } from '../../../shared/identity/schemas';
import { zodRule } from '../../forms/zod-rule';
import { PersonIdFields } from './PersonIdFields';

/** Someone handling the matter for the applicant; the applicant stays the legal applicant. */
export function AgentFields() {
  return (
    <Row gutter={12} data-testid="agent-fields">
      <Col span={24}>
        <Form.Item label="代办类型" name={['agent', 'kind']} rules={[{ required: true, message: '请选择代办类型' }]}>
          <Radio.Group
            options={[
              { value: 'entrusted', label: '委托代办人' },
              { value: 'hall-proxy', label: '大厅帮办代办员' },
            ]}
          />
        </Form.Item>
      </Col>
      <PersonIdFields prefix="agent" />
      <Col span={9}>
        <Form.Item label="代办人姓名" name={['agent', 'name']} rules={[zodRule(personNameSchema)]} validateTrigger={['onBlur']}>
          <Input autoComplete="off" data-testid="agent-name" />
        </Form.Item>
      </Col>
      <Col span={15}>
        <Form.Item label="代办人电话" name={['agent', 'phone']} rules={[zodRule(phoneSchema)]} validateTrigger={['onBlur']}>
          <Input autoComplete="off" inputMode="tel" data-testid="agent-phone" />
        </Form.Item>
      </Col>
    </Row>
  );
}
