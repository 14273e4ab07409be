import { Alert, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useSubmit } from '../../../forms/use-submit';

interface Props<T> {
  title: string;
  open: boolean;
  okText: string;
  testId: string;
  initialValues?: Partial<T>;
  onClose(): void;
  /** Calls the back end; a typed error with a field lands on that field. */
  onSubmit(values: T): Promise<void>;
  children(form: FormInstance<T>): ReactNode;
}

/** One lifecycle action as a small form in a dialog. */
export function ActionModal<T extends object>({ title, open, okText, testId, initialValues, onClose, onSubmit, children }: Props<T>) {
  const [form] = Form.useForm<T>();
  const { busy, error, submit } = useSubmit<T>(form, async (values) => {
    await onSubmit(values);
    onClose();
  });
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': `${testId}-submit` } as Record<`data-${string}`, string>}
      destroyOnHidden
      width={640}
    >
      {error && <Alert type="error" showIcon title={error} className="form-alert" data-testid={`${testId}-error`} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initialValues} requiredMark={false} preserve={false}>
        {children(form)}
      </Form>
    </Modal>
  );
}
