import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Checkbox, Form, Input, InputNumber, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { hallDateOf } from '../../../shared/time/hall-time';
import type { CentreRoute } from '../../contract/centre-contract';
import type { SubtaskPage } from '../../contract/workbench-contract';
import {
  decideRoute,
  endSpecialStepRoute,
  requestMaterialsRoute,
  startReviewRoute,
  resultFileUploadPath,
  startSpecialStepRoute,
} from '../../contract/workbench-contract';
import type { ResultFileReply } from '../../contract/workbench-contract';
import { callCentre, CentreApiError, postCentreFile } from '../centre-api';
import { newWordId } from './selected-subtask';

type Action = SubtaskPage['actions'][number];

const actionTitles: Record<Action, string> = {
  start: '开始审查',
  'request-materials': '要求补正',
  'special-step-start': '特殊环节开始',
  'special-step-end': '特殊环节结束',
  decide: '作出决定',
};

interface ActionForm {
  note?: string;
  materialKeys?: string[];
  otherMaterials?: string;
  kind?: string;
  reason?: string;
  plannedDays?: number;
  outcome?: 'approved' | 'disapproved' | 'partially-approved';
  documentNo?: string;
  decidedOn?: string;
  /** The sha256 of the uploaded result file (decide only). */
  resultFileSha256?: string;
}

/** As the centre's cap (result-file.ts): checked here too so a big file is not sent for nothing. */
const maxResultFileMb = 20;

/** Sends the chosen result file before the decision; the decision then names it by its sha256. */
async function uploadResultFile(page: SubtaskPage, file: File): Promise<string> {
  if (file.size > maxResultFileMb * 1024 * 1024) throw new CentreApiError('VALIDATION', `结果文件不能超过 ${maxResultFileMb} MB`);
  const { hallCode, caseNo, position } = page.subtask;
  const reply = await postCentreFile<ResultFileReply>(resultFileUploadPath, { hallCode, caseNo, position }, file);
  return reply.sha256;
}

/** The form's fields as the action's input (the route's schema checks them again). */
function inputOf(action: Action, page: SubtaskPage, form: ActionForm): { route: CentreRoute; input: Record<string, unknown> } {
  const key = { hallCode: page.subtask.hallCode, caseNo: page.subtask.caseNo, position: page.subtask.position, note: form.note ?? '' };
  const step = {
    kind: form.kind ?? '',
    ...(form.reason ? { reason: form.reason } : {}),
    ...(form.plannedDays === undefined ? {} : { plannedDays: form.plannedDays }),
  };
  switch (action) {
    case 'start':
      return { route: startReviewRoute, input: key };
    case 'request-materials': {
      const lines = page.materials.filter((m) => form.materialKeys?.includes(m.key)).map((m) => ({ materialKey: m.key, name: m.name }));
      const others = (form.otherMaterials ?? '')
        .split(/[\n；;]/)
        .map((name) => name.trim())
        .filter((name) => name !== '')
        .map((name) => ({ name }));
      return { route: requestMaterialsRoute, input: { ...key, missingMaterials: [...lines, ...others] } };
    }
    case 'special-step-start':
      return { route: startSpecialStepRoute, input: { ...key, specialStep: step } };
    case 'special-step-end':
      return { route: endSpecialStepRoute, input: { ...key, specialStep: step } };
    case 'decide':
      return {
        route: decideRoute,
        input: {
          ...key,
          outcome: form.outcome,
          decision: {
            documentNo: form.documentNo ?? '',
            decidedOn: form.decidedOn ?? '',
            ...(form.resultFileSha256 === undefined ? {} : { resultFileSha256: form.resultFileSha256 }),
          },
        },
      };
  }
}

/** The department's actions on its sub-task, each a small form; one word id per opened form, so a retry is one action. */
export function ActionButtons({ page }: { page: SubtaskPage }) {
  const [open, setOpen] = useState<{ action: Action; wordId: string } | null>(null);
  const [form] = Form.useForm<ActionForm>();
  const [resultFile, setResultFile] = useState<File | null>(null);
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const act = useMutation({
    mutationFn: async ({ action, wordId, values }: { action: Action; wordId: string; values: ActionForm }) => {
      const resultFileSha256 = action === 'decide' && resultFile !== null ? await uploadResultFile(page, resultFile) : undefined;
      const { route, input } = inputOf(action, page, { ...values, resultFileSha256 });
      return callCentre(route, { ...input, wordId } as never);
    },
    onSuccess: () => {
      void message.success('已办理，窗口下次同步时收到');
      setOpen(null);
      void queryClient.invalidateQueries({ queryKey: ['work-subtask'] });
      void queryClient.invalidateQueries({ queryKey: ['work-queue'] });
    },
  });
  const start = (action: Action) => {
    form.resetFields();
    setResultFile(null);
    form.setFieldsValue({ decidedOn: hallDateOf(new Date()), outcome: 'approved', kind: page.runningSpecialStep ?? undefined });
    act.reset();
    setOpen({ action, wordId: newWordId() });
  };
  if (page.actions.length === 0) return null;
  return (
    <>
      <Space wrap>
        {page.actions.map((action) => (
          <Button
            key={action}
            type={action === 'decide' ? 'primary' : 'default'}
            onClick={() => start(action)}
            data-testid={`action-${action}`}
          >
            {actionTitles[action]}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== null}
        title={open === null ? '' : actionTitles[open.action]}
        okText="确定"
        cancelText="取消"
        confirmLoading={act.isPending}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        {act.isError ? <div style={{ color: '#cf1322', marginBottom: 12 }}>{act.error.message}</div> : null}
        <Form<ActionForm> form={form} layout="vertical" onFinish={(values) => open && act.mutate({ ...open, values })}>
          {open?.action === 'request-materials' ? (
            <>
              <Form.Item label="所缺材料（本事项的材料）" name="materialKeys">
                <Checkbox.Group options={page.materials.map((m) => ({ value: m.key, label: m.name }))} />
              </Form.Item>
              <Form.Item label="其他所缺材料（每行一项）" name="otherMaterials">
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          ) : null}
          {open?.action === 'special-step-start' || open?.action === 'special-step-end' ? (
            <>
              <Form.Item
                label="特殊环节名称"
                name="kind"
                rules={[{ required: true, message: '请填写特殊环节名称（如 现场核查、专家评审、公示）' }]}
              >
                <Input autoFocus disabled={open.action === 'special-step-end' && page.runningSpecialStep !== null} />
              </Form.Item>
              {open.action === 'special-step-start' ? (
                <Space>
                  <Form.Item label="说明" name="reason">
                    <Input style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item label="计划工作日" name="plannedDays">
                    <InputNumber min={0} max={3650} />
                  </Form.Item>
                </Space>
              ) : null}
            </>
          ) : null}
          {open?.action === 'decide' ? (
            <>
              <Form.Item label="决定" name="outcome" rules={[{ required: true, message: '请选择准予、不予或部分准予' }]}>
                <Radio.Group
                  options={[
                    { value: 'approved', label: '准予' },
                    { value: 'disapproved', label: '不予' },
                    { value: 'partially-approved', label: '部分准予' },
                  ]}
                />
              </Form.Item>
              <Space>
                <Form.Item label="决定文书编号" name="documentNo" rules={[{ required: true, message: '请填写决定文书编号' }]}>
                  <Input autoFocus style={{ width: 240 }} data-testid="decision-document-no" />
                </Form.Item>
                <Form.Item label="决定日期" name="decidedOn" rules={[{ required: true, message: '请填写决定日期' }]}>
                  <Input type="date" style={{ width: 160 }} />
                </Form.Item>
              </Space>
              <Form.Item label="结果文件（可选，PDF / JPEG / PNG，不超过 20 MB）">
                <input
                  type="file"
                  accept="application/pdf,image/jpeg,image/png"
                  data-testid="decision-result-file"
                  onChange={(event) => setResultFile(event.target.files?.[0] ?? null)}
                />
              </Form.Item>
            </>
          ) : null}
          <Form.Item label="说明（窗口可见）" name="note">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
