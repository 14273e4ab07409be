import { Alert, Card, Empty, Form, Spin, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ItemSummary } from '../../../shared/contract/catalogue-endpoints';
import { allowedDecisions, type DecisionKind } from '../../../shared/intake/decision';
import { assessMaterials, type MaterialReceipt } from '../../../shared/intake/material-check';
import { intakeShortcuts, useHotkey } from '../../keyboard/use-hotkey';
import { useNav } from '../../stores/nav-store';
import { ApplicantCard } from './ApplicantCard';
import { DecisionPanel } from './DecisionPanel';
import { enterMovesToNextField } from './focus-next';
import { AGENT_MATERIALS, emptyReceipt, initialIntakeValues, receiptsFor, type IntakeFormValues } from './intake-form';
import { IntakeResult } from './IntakeResult';
import { ItemPicker } from './ItemPicker';
import { MaterialsTable } from './MaterialsTable';
import { MaterialSummary } from './MaterialSummary';
import { useIntakePlan } from './use-intake-plan';
import { useRegister } from './use-register';
import './intake.css';

const preference: DecisionKind[] = ['accept', 'accept-deferred', 'correction-notice'];

function withAgentLines(receipts: Record<string, MaterialReceipt>, hasAgent: boolean): Record<string, MaterialReceipt> {
  const next = { ...receipts };
  for (const key of AGENT_MATERIALS) next[key] = { ...(receipts[key] ?? emptyReceipt(key)), applicable: hasAgent };
  return next;
}

/**
 * 受理登记: from "what do you need?" to a numbered case, mostly by keyboard. It stays mounted
 * while the clerk looks something up on another page (`active` false), so no draft is lost.
 */
export function IntakeScreen({ active = true }: { active?: boolean }) {
  const [form] = Form.useForm<IntakeFormValues>();
  const searchRef = useRef<InputRef>(null);
  const [selected, setSelected] = useState<ItemSummary[]>([]);
  const [itemsError, setItemsError] = useState<string | null>(null);
  const [receipts, setReceipts] = useState<Record<string, MaterialReceipt>>({});
  const [chosenDecision, setChosenDecision] = useState<DecisionKind | null>(null);
  const { plan, error: planError, loading: planLoading } = useIntakePlan(selected.map((item) => item.code));
  const { busy, error, result, register, reset } = useRegister(form, setItemsError);
  const hasAgent = Form.useWatch('hasAgent', form) ?? false;
  const applicantKind = Form.useWatch(['applicant', 'kind'], form) ?? 'person';
  const notForKind = selected.filter((item) => !item.applicantKinds.includes(applicantKind));
  const openCase = useNav((s) => s.openCase);
  const focusTick = useNav((s) => s.searchFocusTick);

  const specs = useMemo(() => plan?.materials ?? [], [plan]);
  const assessment = useMemo(() => assessMaterials(specs, receiptsFor(specs, receipts)), [specs, receipts]);
  const allowed = plan ? allowedDecisions(assessment) : [];
  // The clerk's choice stands while the materials allow it; otherwise the best one they allow.
  const decision =
    chosenDecision && allowed.includes(chosenDecision) ? chosenDecision : (preference.find((k) => allowed.includes(k)) ?? null);
  const itemNames = useMemo(() => new Map(selected.map((item) => [item.code, item.name])), [selected]);

  // An agent brings a 授权委托书 and their own ID; without an agent those lines do not apply.
  useEffect(() => {
    setReceipts((r) => withAgentLines(r, hasAgent));
  }, [hasAgent]);

  useEffect(() => {
    if (active) searchRef.current?.focus();
  }, [active]);

  useEffect(() => {
    if (focusTick === 0) return;
    if (result) startOver();
    else searchRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new F2 press acts here, not a re-render
  }, [focusTick]);

  function addItem(item: ItemSummary) {
    setItemsError(null);
    setSelected((current) => [...current, item]);
    const only = item.applicantKinds.length === 1 ? item.applicantKinds[0] : undefined;
    const untouched = !form.isFieldsTouched([['applicant', 'idNumber'], ['applicant', 'creditCode'], ['applicant', 'name']]);
    if (selected.length === 0 && only && untouched) form.setFieldValue(['applicant', 'kind'], only);
  }

  function updateReceipt(key: string, patch: Partial<MaterialReceipt>) {
    setReceipts((r) => ({ ...r, [key]: { ...(r[key] ?? emptyReceipt(key)), ...patch } }));
  }

  function fillAll() {
    setReceipts((r) => {
      const next = { ...r };
      receiptsFor(specs, r).forEach((receipt, index) => {
        const spec = specs[index]!;
        if (!receipt.applicable) return;
        const paper = spec.media.includes('paper');
        next[spec.key] = { ...receipt, originals: spec.originals, copies: spec.copies, electronic: !paper || receipt.electronic };
      });
      return next;
    });
  }

  function submit() {
    if (selected.length === 0) {
      setItemsError('请至少选择一个事项');
      searchRef.current?.focus();
      return;
    }
    if (!plan || !decision) return;
    void register({
      itemCodes: selected.map((item) => item.code),
      specs,
      receipts,
      decision,
      deferredKeys: decision === 'accept-deferred' ? assessment.missingDeferrable.map((line) => line.spec.key) : [],
    });
  }

  function startOver() {
    reset();
    form.resetFields();
    setSelected([]);
    setReceipts(withAgentLines({}, false));
    setChosenDecision(null);
    setItemsError(null);
    window.setTimeout(() => searchRef.current?.focus());
  }

  const keysOn = active && result === null;
  useHotkey('Ctrl+Enter', submit, keysOn);
  useHotkey('F7', fillAll, keysOn && plan !== null);

  return (
    <div className="intake-screen" data-testid="intake-screen">
      <Card size="small" className="intake-card">
        <div className="intake-title-row">
          <Typography.Title level={4} className="intake-title">
            受理登记
          </Typography.Title>
          <Typography.Text type="secondary" className="shortcut-hint" data-testid="shortcut-hint">
            {intakeShortcuts.map(([key, what]) => (
              <span key={key}>
                <kbd>{key}</kbd> {what}
              </span>
            ))}
          </Typography.Text>
        </div>
        <ItemPicker
          selected={selected}
          onAdd={addItem}
          onRemove={(code) => setSelected((current) => current.filter((item) => item.code !== code))}
          inputRef={searchRef}
          error={itemsError}
          onDone={() => {
            const first = applicantKind === 'enterprise' ? 'creditCode' : 'idNumber';
            (form.getFieldInstance(['applicant', first]) as HTMLInputElement | null)?.focus();
          }}
        />
        {notForKind.length > 0 && (
          <Alert
            type="warning"
            showIcon
            className="intake-gap"
            data-testid="kind-warning"
            title={`${notForKind.map((item) => `“${item.name}”`).join('、')}的服务对象不含${applicantKind === 'person' ? '个人' : '企业/组织'}，请核对申请人类型（F3 切换）`}
          />
        )}
      </Card>
      {error && <Alert type="error" showIcon title={error} closable className="intake-gap" data-testid="intake-error" />}
      <Form form={form} layout="vertical" size="middle" initialValues={initialIntakeValues} requiredMark={false} className="intake-form">
        {/* DOM order is the keyboard order (applicant, materials, decision); the grid only places them. */}
        <div className="intake-grid">
          <div className="intake-area-applicant" onKeyDown={enterMovesToNextField}>
            <ApplicantCard active={keysOn} />
          </div>
          <div className="intake-area-materials">
            <Card size="small" title="申请材料" className="intake-card" extra={planLoading && <Spin size="small" />}>
              {planError && <Alert type="error" showIcon title={planError} />}
              {!plan && !planError && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="选择事项后显示材料清单" />}
              {plan && (
                <>
                  <MaterialSummary assessment={assessment} onFillAll={fillAll} />
                  <MaterialsTable lines={assessment.lines} itemNames={itemNames} onChange={updateReceipt} />
                </>
              )}
            </Card>
          </div>
          <div className="intake-area-decision">
            <DecisionPanel
              plan={plan}
              allowed={allowed}
              decision={decision}
              onDecision={setChosenDecision}
              deferredLines={assessment.missingDeferrable}
              busy={busy}
              onSubmit={submit}
            />
          </div>
        </div>
      </Form>
      <IntakeResult
        result={result}
        onNew={startOver}
        onOpenCase={(caseNo) => {
          startOver();
          openCase(caseNo);
        }}
      />
    </div>
  );
}
