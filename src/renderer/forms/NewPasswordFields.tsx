import { Form, Input } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { newPasswordSchema, passwordPolicyText } from '../../shared/contract/password-policy';
import { zodRule } from './zod-rule';

/**
 * A new password typed twice, with the policy stated under it: setup, new account, reset and
 * the owner's change all use these two fields. The confirmation stays in the form.
 */
export function NewPasswordFields({ name, label, testId }: { name: NamePath; label: string; testId: string }) {
  return (
    <>
      <Form.Item label={label} name={name} rules={[zodRule(newPasswordSchema)]} extra={passwordPolicyText}>
        <Input.Password autoComplete="new-password" data-testid={testId} />
      </Form.Item>
      <Form.Item
        label="再次输入密码"
        name={confirmName(name)}
        dependencies={[name]}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value !== getFieldValue(name)) throw new Error('两次输入的密码不一致');
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid={`${testId}-confirm`} />
      </Form.Item>
    </>
  );
}

/** Where the confirmation sits: beside the password, under a name the back end never sees. */
export function confirmName(name: NamePath): NamePath {
  const path = Array.isArray(name) ? [...(name as (string | number)[])] : [name as string];
  path[path.length - 1] = `${String(path[path.length - 1])}Confirm`;
  return path;
}
