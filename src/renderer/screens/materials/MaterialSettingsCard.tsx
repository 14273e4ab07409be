import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/contract/api';
import { materialLimitsSchema } from '../../../shared/materials/page-types';
import { call } from '../../api/client';
import { useSubmit } from '../../forms/use-submit';
import { zodRule } from '../../forms/zod-rule';
import { cameraProblem, listCameras } from './capture-source';

type Settings = OutputOf<'materials.settings'>;
const limits = materialLimitsSchema.shape;
const firstCamera = '';

/** 电子材料: which camera is this desk's 高拍仪, and the hall's page limits. */
export function MaterialSettingsCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Settings>();
  const [cameras, setCameras] = useState<{ deviceId: string; label: string }[]>([]);
  const [cameraError, setCameraError] = useState<string | null>(null);
  useEffect(() => {
    void call('materials.settings', {}).then((s) => form.setFieldsValue({ ...s, cameraDeviceId: s.cameraDeviceId ?? firstCamera }));
    listCameras()
      .then(setCameras)
      .catch((error: unknown) => setCameraError(cameraProblem(error)));
  }, [form]);
  const { busy, error, submit } = useSubmit<Settings>(form, async (values) => {
    await call('materials.updateSettings', {
      ...values,
      cameraDeviceId: values.cameraDeviceId || null,
      scannerFolder: values.scannerFolder || null,
    });
    void message.success('电子材料设置已保存');
  });

  return (
    <Card title="电子材料（高拍仪、扫描文件夹与页数上限）" className="settings-card" data-testid="material-settings">
      {(error ?? cameraError) && <Alert type="error" showIcon title={error ?? cameraError} className="form-alert" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label="高拍仪（摄像头）" name="cameraDeviceId" extra="拍摄材料时使用的摄像头；大多数高拍仪即普通 USB 摄像头">
          <Select
            options={[{ value: firstCamera, label: '第一个摄像头' }, ...cameras.map((c) => ({ value: c.deviceId, label: c.label }))]}
            data-testid="settings-camera"
          />
        </Form.Item>
        <Form.Item
          label="扫描文件夹（本机）"
          name="scannerFolder"
          extra="扫描仪保存文件的文件夹的完整路径；留空为不使用。新文件进入正在拍摄的材料或“待归档扫描件”，取走后移入其中的“已导入”文件夹"
        >
          <Input allowClear placeholder="如 D:\扫描 或 /home/窗口/扫描" data-testid="settings-scanner-folder" />
        </Form.Item>
        <Space wrap>
          <Form.Item label="单个文件上限（MB）" name={['limits', 'maxPageMb']} rules={[zodRule(limits.maxPageMb)]}>
            <InputNumber min={1} max={16} precision={0} />
          </Form.Item>
          <Form.Item label="每项材料最多页数" name={['limits', 'maxPagesPerMaterial']} rules={[zodRule(limits.maxPagesPerMaterial)]}>
            <InputNumber min={1} max={200} precision={0} />
          </Form.Item>
          <Form.Item label="每件最多页数" name={['limits', 'maxPagesPerCase']} rules={[zodRule(limits.maxPagesPerCase)]}>
            <InputNumber min={1} max={2000} precision={0} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="material-settings-save">
          保存
        </Button>
      </Form>
    </Card>
  );
}
