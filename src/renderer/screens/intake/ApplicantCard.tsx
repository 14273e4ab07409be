import { Alert, App, Button, Card, Form, Radio, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useHotkey } from '../../keyboard/use-hotkey';
import { AgentFields } from './AgentFields';
import { EnterpriseFields } from './EnterpriseFields';
import type { IntakeFormValues } from './intake-form';
import { PersonFields } from './PersonFields';
import { useApplicantLookup } from './use-applicant-lookup';

interface Props {
  /** Keyboard shortcuts are off while the result of the last case is on screen. */
  active: boolean;
}

/** Who applies: a person or an enterprise, and optionally who handles it for them. */
export function ApplicantCard({ active }: Props) {
  const { message } = App.useApp();
  const form = Form.useFormInstance<IntakeFormValues>();
  const kind = Form.useWatch(['applicant', 'kind'], form) ?? 'person';
  const hasAgent = Form.useWatch('hasAgent', form) ?? false;
  const { notice, lookup, clear } = useApplicantLookup(form);
  const [reading, setReading] = useState(false);

  function switchKind(next: 'person' | 'enterprise') {
    form.setFieldValue(['applicant', 'kind'], next);
    clear();
  }

  async function readCard() {
    setReading(true);
    try {
      const card = await call('idReader.read', {});
      switchKind('person');
      form.setFieldsValue({
        applicant: { kind: 'person', idKind: 'resident', idNumber: card.idNumber, name: card.name, address: card.address },
      });
      form.setFields([
        { name: ['applicant', 'idNumber'], errors: [] },
        { name: ['applicant', 'name'], errors: [] },
      ]);
      void lookup('person', card.idNumber);
      (form.getFieldInstance(['applicant', 'phone']) as HTMLInputElement | null)?.focus();
    } catch (caught) {
      void message.error((caught as Error).message);
    } finally {
      setReading(false);
    }
  }

  useHotkey('F3', () => switchKind(kind === 'person' ? 'enterprise' : 'person'), active);
  useHotkey('F4', () => void readCard(), active && !reading);

  return (
    <Card
      size="small"
      title="申请人"
      className="intake-card"
      extra={
        <Button size="small" onClick={() => void readCard()} loading={reading} data-testid="read-card">
          读卡 (F4)
        </Button>
      }
    >
      <Form.Item name={['applicant', 'kind']} className="compact-item">
        <Radio.Group optionType="button" buttonStyle="solid" onChange={() => clear()}>
          <Radio.Button value="person" data-testid="applicant-kind-person">
            个人
          </Radio.Button>
          <Radio.Button value="enterprise" data-testid="applicant-kind-enterprise">
            企业/组织
          </Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Typography.Text type="secondary" className="kind-hint">
        F3 切换
      </Typography.Text>
      {notice && <Alert type="info" showIcon title={notice} className="intake-gap" data-testid="applicant-history" />}
      {kind === 'person' ? (
        <PersonFields onIdConfirmed={(_idKind, idNumber) => void lookup('person', idNumber)} />
      ) : (
        <EnterpriseFields onCodeConfirmed={(code) => void lookup('enterprise', code)} />
      )}
      <Space className="agent-switch">
        <Form.Item name="hasAgent" valuePropName="checked" className="compact-item">
          <Switch size="small" data-testid="agent-switch" />
        </Form.Item>
        <Typography.Text>代办人（委托代办或大厅帮办代办）</Typography.Text>
      </Space>
      {hasAgent && <AgentFields />}
    </Card>
  );
}
