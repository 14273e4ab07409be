import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { ProjectBoard } from '../../../shared/projects/project-views';
import { call } from '../../api/client';

/** 项目交接: the project and its open cases go to another agent; the history stays. */
export function HandoverForm(props: {
  open: boolean;
  board: ProjectBoard;
  agents: readonly { id: number; staffNo: string; name: string }[];
  onClose(): void;
  onDone(board: ProjectBoard): void;
}) {
  const [form] = Form.useForm<{ toAgentId?: number; reason?: string }>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const others = props.agents.filter((a) => a.id !== props.board.project.agent.id);

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const board = await call('projects.handover', {
        projectNo: props.board.project.projectNo,
        toAgentId: v.toAgentId ?? 0,
        reason: v.reason ?? '',
      });
      form.resetFields();
      props.onDone(board);
    } catch (caught) {
      void message.error((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={props.open}
      title="项目交接"
      okText="交接"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={props.onClose}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'project-handover-ok' } as Record<`data-${string}`, string>}
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="toAgentId" label="接手的代办员" rules={[{ required: true, message: '请选择接手的代办员' }]}>
          <Select data-testid="project-handover-agent" options={others.map((a) => ({ value: a.id, label: `${a.name}（${a.staffNo}）` }))} />
        </Form.Item>
        <Form.Item name="reason" label="交接原因" rules={[{ required: true, message: '请填写交接原因' }]}>
          <Input data-testid="project-handover-reason" maxLength={300} />
        </Form.Item>
        <div className="small-text">项目中未办结的案件一并交接；项目和案件的交接记录都会保留。</div>
      </Form>
    </Modal>
  );
}
