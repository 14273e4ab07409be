import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ChainTemplate } from '../../../shared/projects/chain-template';
import type { ProjectBoard } from '../../../shared/projects/project-views';
import { call } from '../../api/client';
import { useSession } from '../../stores/session-store';

interface Values {
  kind?: string;
  name?: string;
  enterpriseCreditCode?: string;
  enterpriseName?: string;
  location?: string;
  agentId?: number;
  mandateNo?: string;
  mandateSignedOn?: Dayjs | null;
  targetDays?: number | null;
}

/** 新建代办项目: the enterprise, the kind (its chain template), the agent and the signed 全程代办委托书. No fee: the service is free. */
export function ProjectForm(props: {
  open: boolean;
  templates: readonly ChainTemplate[];
  agents: readonly { id: number; staffNo: string; name: string }[];
  onClose(): void;
  onCreated(board: ProjectBoard): void;
}) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const user = useSession((s) => s.status?.user);
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form);
  const template = props.templates.find((t) => t.kind === kind);

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const board = await call('projects.create', {
        kind: v.kind ?? '',
        name: v.name ?? '',
        enterpriseCreditCode: v.enterpriseCreditCode ?? '',
        enterpriseName: v.enterpriseName ?? '',
        location: v.location ?? '',
        agentId: user?.role === 'agent' ? user.id : (v.agentId ?? 0),
        mandateNo: v.mandateNo ?? '',
        mandateSignedOn: v.mandateSignedOn?.format('YYYY-MM-DD') ?? '',
        ...(v.targetDays ? { targetDays: v.targetDays } : {}),
      });
      form.resetFields();
      props.onCreated(board);
    } catch (caught) {
      void message.error((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={props.open}
      title="新建全程代办项目"
      okText="新建"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={props.onClose}
      confirmLoading={busy}
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'project-create-ok' } as Record<`data-${string}`, string>}
    >
      <Form form={form} layout="vertical" size="small" requiredMark={false} data-testid="project-form">
        <Form.Item name="kind" label="项目类型" rules={[{ required: true, message: '请选择项目类型' }]}>
          <Select
            data-testid="project-kind"
            options={props.templates.map((t) => ({ value: t.kind, label: `${t.name}（${t.stages.map((s) => s.name).join(' → ')}）` }))}
          />
        </Form.Item>
        <Form.Item name="name" label="项目名称" rules={[{ required: true, message: '请填写项目名称' }]}>
          <Input data-testid="project-name" />
        </Form.Item>
        <Form.Item
          name="enterpriseCreditCode"
          label="项目单位统一社会信用代码"
          rules={[{ required: true, message: '请填写统一社会信用代码' }]}
        >
          <Input data-testid="project-credit-code" maxLength={18} />
        </Form.Item>
        <Form.Item name="enterpriseName" label="项目单位名称" rules={[{ required: true, message: '请填写单位名称' }]}>
          <Input data-testid="project-enterprise" />
        </Form.Item>
        <Form.Item name="location" label="项目地点" rules={[{ required: true, message: '请填写项目地点' }]}>
          <Input data-testid="project-location" />
        </Form.Item>
        {user?.role !== 'agent' && (
          <Form.Item name="agentId" label="负责代办员" rules={[{ required: true, message: '请选择负责的代办员' }]}>
            <Select data-testid="project-agent" options={props.agents.map((a) => ({ value: a.id, label: `${a.name}（${a.staffNo}）` }))} />
          </Form.Item>
        )}
        <Form.Item name="mandateNo" label="全程代办委托书编号" rules={[{ required: true, message: '请填写委托书编号' }]}>
          <Input data-testid="project-mandate-no" />
        </Form.Item>
        <Form.Item name="mandateSignedOn" label="委托书签署日期" rules={[{ required: true, message: '请选择委托书签署日期' }]}>
          <DatePicker data-testid="project-mandate-date" />
        </Form.Item>
        <Form.Item name="targetDays" label={`目标工作日（不填按模板 ${template?.targetDays ?? '—'} 个工作日）`}>
          <InputNumber min={1} max={500} data-testid="project-target" />
        </Form.Item>
        <div className="small-text">全程代办为免费服务，委托书不约定任何费用。</div>
      </Form>
    </Modal>
  );
}
