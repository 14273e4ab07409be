import { Col, Form, Input, Row } from 'antd';
import type { IdKind } from '../../../shared/identity/id-types';
import { personNameSchema, phoneSchema } from '../../../shared/identity/schemas';
import { zodRule } from '../../forms/zod-rule';
import { addressRule } from './address-rule';
import { PersonIdFields } from './PersonIdFields';

/** A natural person applying for themself (or represented by an agent, see AgentFields). */
export function PersonFields({ onIdConfirmed }: { onIdConfirmed(idKind: IdKind, idNumber: string): void }) {
  return (
    <Row gutter={12}>
      <PersonIdFields prefix="applicant" onConfirmed={onIdConfirmed} />
      <Col span={9}>
        <Form.Item label="姓名" name={['applicant', 'name']} rules={[zodRule(personNameSchema)]} validateTrigger={['onBlur']}>
          <Input autoComplete="off" data-testid="applicant-name" />
        </Form.Item>
      </Col>
      <Col span={15}>
        <Form.Item label="联系电话" name={['applicant', 'phone']} rules={[zodRule(phoneSchema)]} validateTrigger={['onBlur']}>
          <Input autoComplete="off" inputMode="tel" data-testid="applicant-phone" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="地址" name={['applicant', 'address']} rules={[addressRule]}>
          <Input autoComplete="off" data-testid="applicant-address" />
        </Form.Item>
      </Col>
    </Row>
  );
}
