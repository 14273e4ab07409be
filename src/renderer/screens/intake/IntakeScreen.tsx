import { Alert, Card, Empty, Form, Spin, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ItemSummary } from '../../../shared/contract/catalogue-endpoints';
import { allowedDecisions, type DecisionKind } from '../../../shared/intake/decision';
import { assessMaterials, type MaterialReceipt } from '../../../shared/intake/material-check';
import { applySituations, fillAllReceipts } from '../../../shared/intake/situations';
import { intakeShortcuts, useHotkey } from '../../keyboard/use-hotkey';
import { useNav } from '../../stores/nav-store';
import { ProjectPicker } from '../projects/ProjectPicker';
import { ApplicantCard } from './ApplicantCard';
import { DecisionPanel } from './DecisionPanel';
import { enterMovesToNextField } from './focus-next';
import { emptyReceipt, initialIntakeValues, type IntakeFormValues } from './intake-form';
import { IntakeResult } from './IntakeResult';
import { ItemPicker } from './ItemPicker';
import { MaterialsTable } from './MaterialsTable';
import { MaterialPagesCell } from '../materials/MaterialPagesCell';
import { useMaterialPages } from '../materials/use-material-pages';
import { ReuseOffers } from '../materials/ReuseOffers';
import { ScanTray } from '../materials/ScanTray';
import { useScanTray } from '../materials/use-scan-tray';
import { MaterialSummary } from './MaterialSummary';
import { SituationToggles } from './SituationToggles';
import { loadDraft, restoreFormValues, saveDraft, useDraftFlagReset } from './use-intake-draft';
import { useIntakePlan } from './use-intake-plan';
import { useRegister } from './use-register';
import { useSituations } from './use-situations';
import './intake.css';

const preference: DecisionKind[] = ['accept', 'accept-deferred', 'correction-notice'];

/**
 * 受理登记: from "what do you need?" to a numbered case, mostly by keyboard. It stays mounted
 * while the clerk looks something up on another page (`active` false), so no draft is lost.
 */
export function IntakeScreen({ active = true }: { active?: boolean }) {
  const [form] = Form.useForm<IntakeFormValues>();
  const searchRef = useRef<InputRef>(null);
  const materialsRef = useRef<HTMLDivElement>(null);
  // A half-typed case left by this user (reload, logout) comes back as it was.
  const [draft] = useState(loadDraft);
  const [selected, setSelected] = useState<ItemSummary[]>(draft?.selected ?? []);
  const [itemsError, setItemsError] = useState<string | null>(null);
  const [receipts, setReceipts] = useState<Record<string, MaterialReceipt>>(draft?.receipts ?? {});
  const [answers, setAnswers] = useState<Record<string, boolean>>(draft?.answers ?? {});
  const [chosenDecision, setChosenDecision] = useState<DecisionKind | null>(draft?.chosenDecision ?? null);
  const [printOnResult, setPrintOnResult] = useState(true);
  const { plan, error: planError, loading: planLoading } = useIntakePlan(selected.map((item) => item.code));
  const { busy, error, result, register, reset, draftId } = useRegister(form, setItemsError, draft?.draftId);
  const materialPages = useMaterialPages({ draftId });
  const scanTray = useScanTray();
  const hasAgent = Form.useWatch('hasAgent', form) ?? false;
  const applicantKind = Form.useWatch(['applicant', 'kind'], form) ?? 'person';
  const personId = Form.useWatch(['applicant', 'idNumber'], form) as string | undefined;
  const creditCode = Form.useWatch(['applicant', 'creditCode'], form) as string | undefined;
  const lookupId = (applicantKind === 'enterprise' ? creditCode : personId)?.trim().toUpperCase() ?? '';
  const notForKind = selected.filter((item) => !item.applicantKinds.includes(applicantKind));
  const openCase = useNav((s) => s.openCase);
  const focusTick = useNav((s) => s.searchFocusTick);

  const specs = useMemo(() => plan?.materials ?? [], [plan]);
  const { situations, applies, answer } = useSituations(specs, answers, setAnswers, form);
  const effective = applySituations(specs, receipts, applies);
  const assessment = assessMaterials(specs, effective);
  const allowed = plan ? allowedDecisions(assessment) : [];
  // The clerk's choice stands while the materials allow it; otherwise the best one they allow.
  const decision =
    chosenDecision && allowed.includes(chosenDecision) ? chosenDecision : (preference.find((k) => allowed.includes(k)) ?? null);
  const itemNames = useMemo(() => new Map(selected.map((item) => [item.code, item.name])), [selected]);

  useEffect(() => {
    if (draft) restoreFormValues(draft, form);
  }, [draft, form]);

  function persist() {
    const values = form.getFieldsValue(true) as IntakeFormValues;
    saveDraft({ selected, receipts, answers, chosenDecision, values, draftId }, result !== null);
  }
  // Every change is kept at once: a reload or a logout may come at any moment.
  useEffect(persist, [selected, receipts, answers, chosenDecision, hasAgent, result, form, draftId]);
  useDraftFlagReset();

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
    const untouched = !form.isFieldsTouched([
      ['applicant', 'idNumber'],
      ['applicant', 'creditCode'],
      ['applicant', 'name'],
    ]);
    if (selected.length === 0 && only && untouched) form.setFieldValue(['applicant', 'kind'], only);
  }

  function updateReceipt(key: string, patch: Partial<MaterialReceipt>) {
    // 不适用 on a line answers its 情形, for every line that names it.
    const { applicable, ...counts } = patch;
    const spec = specs.find((s) => s.key === key);
    if (applicable !== undefined && spec?.condition) answer(spec.condition, applicable);
    if (Object.keys(counts).length > 0) setReceipts((r) => ({ ...r, [key]: { ...(r[key] ?? emptyReceipt(key)), ...counts } }));
  }

  function fillAll() {
    setReceipts((r) => fillAllReceipts(specs, r));
  }

  /** Enter past the applicant's last field: the 情形 first if there are any, else 全部收齐. */
  function focusMaterials() {
    const target = materialsRef.current?.querySelector<HTMLElement>('[data-testid="situation"], [data-testid="fill-all"]');
    target?.focus();
  }

  function submit(printAfter: boolean) {
    if (selected.length === 0) {
      setItemsError('请至少选择一个事项');
      searchRef.current?.focus();
      return;
    }
    if (!plan || !decision) return;
    setPrintOnResult(printAfter);
    void register({
      itemCodes: selected.map((item) => item.code),
      specs,
      receipts: Object.fromEntries(effective.map((receipt) => [receipt.key, receipt])),
      decision,
      deferredKeys: decision === 'accept-deferred' ? assessment.missingDeferrable.map((line) => line.spec.key) : [],
    });
  }

  function startOver() {
    reset();
    form.resetFields();
    setSelected([]);
    setReceipts({});
    setAnswers({});
    setChosenDecision(null);
    setItemsError(null);
    window.setTimeout(() => searchRef.current?.focus());
  }

  const keysOn = active && result === null;
  useHotkey('Ctrl+Enter', () => submit(true), keysOn);
  useHotkey('Ctrl+Shift+Enter', () => submit(false), keysOn);
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
      <Form
        form={form}
        layout="vertical"
        size="middle"
        initialValues={initialIntakeValues}
        requiredMark={false}
        className="intake-form"
        onValuesChange={persist}
      >
        <ProjectPicker form={form} onItems={setSelected} />
        {/* DOM order is the keyboard order (applicant, materials, decision); the grid only places them. */}
        <div className="intake-grid">
          <div className="intake-area-applicant" onKeyDown={(event) => enterMovesToNextField(event, focusMaterials)}>
            <ApplicantCard active={keysOn} />
          </div>
          <div className="intake-area-materials" ref={materialsRef}>
            <Card size="small" title="申请材料" className="intake-card" extra={planLoading && <Spin size="small" />}>
              {planError && <Alert type="error" showIcon title={planError} />}
              {!plan && !planError && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="选择事项后显示材料清单" />}
              {plan && (
                <>
                  <SituationToggles situations={situations} applies={applies} onAnswer={answer} />
                  <MaterialSummary assessment={assessment} onFillAll={fillAll} />
                  {materialPages.error && (
                    <Alert
                      type="error"
                      showIcon
                      closable
                      title={materialPages.error}
                      onClose={materialPages.clearError}
                      data-testid="pages-error"
                    />
                  )}
                  <ScanTray
                    tray={scanTray}
                    lines={specs.map((spec) => ({ key: spec.key, name: spec.name }))}
                    pages={materialPages}
                    active={keysOn}
                  />
                  <ReuseOffers
                    draftId={draftId}
                    itemCodes={selected.map((item) => item.code)}
                    idNumber={lookupId.length === 18 ? lookupId : null}
                    names={new Map(specs.map((spec) => [spec.key, spec.name]))}
                    pages={materialPages}
                    active={keysOn}
                  />
                  <MaterialsTable
                    lines={assessment.lines}
                    itemNames={itemNames}
                    onChange={updateReceipt}
                    pagesCell={({ spec }) => (
                      <MaterialPagesCell materialKey={spec.key} materialName={spec.name} pages={materialPages} editable />
                    )}
                  />
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
        printFirst={printOnResult}
        onNew={startOver}
        onOpenCase={(caseNo) => {
          startOver();
          openCase(caseNo);
        }}
      />
    </div>
  );
}
