import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import { useState } from 'react';
import { caseStateLabels, type CaseDetail } from '../../../shared/intake/case-types';
import { decisionLabels, refusalReasons, type RefusalReasonKind } from '../../../shared/intake/decision';
import { PrintButtons } from '../../print';
import { PromisedDate } from '../cases/PromisedDate';
import { printedOnSubmit } from './DecisionPanel';
import { ResultMaterials } from './ResultMaterials';

interface Props {
  result: CaseDetail | null;
  /** Open the preview of the decision's paper at once (受理并打印回执). */
  printFirst: boolean;
  onNew(): void;
  onOpenCase(caseNo: string): void;
}

/**
 * The numbered case, and for a notice everything the applicant must bring: never send them away
 * twice. A refusal shows the refusal only: there is nothing to bring for an application refused.
 */
export function IntakeResult({ result, printFirst, onNew, onOpenCase }: Props) {
  const [opened, setOpened] = useState(false);
  const refused = result?.decision === 'refuse';
  const missing = refused ? [] : (result?.materials.filter((m) => m.status === 'missing') ?? []);
  const deferred = result?.materials.filter((m) => m.status === 'deferred') ?? [];
  return (
    <Modal
      open={result !== null}
      title="登记完成"
      width={720}
      onCancel={onNew}
      // The paper's preview opens on top once this dialog is open: opened together, this one would
      // take the focus back from the preview's 打印 when its own opening ends.
      afterOpenChange={setOpened}
      destroyOnHidden
      footer={[
        <Button key="case" onClick={() => result && onOpenCase(result.caseNo)} data-testid="result-open-case">
          查看案件
        </Button>,
        <Button key="new" type="primary" autoFocus onClick={onNew} data-testid="result-new">
          新的受理
        </Button>,
      ]}
    >
      {result && (
        <div data-testid="intake-result">
          <Typography.Text type="secondary">受理编号</Typography.Text>
          <div className="case-no" data-testid="case-no">
            {result.caseNo}
          </div>
          <PrintButtons
            caseNo={result.caseNo}
            state={result.state}
            decision={result.decision}
            {...(printFirst && opened ? { openFirst: printedOnSubmit[result.decision].docType } : {})}
          />
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'state', label: '状态', children: <span data-testid="result-state">{caseStateLabels[result.state]}</span> },
              { key: 'decision', label: '受理决定', children: decisionLabels[result.decision] },
              {
                key: 'promised',
                label: '承诺办结日期',
                children: <PromisedDate testId="promised-date" date={result.promisedDate} provisional={result.promisedDateProvisional} />,
              },
              { key: 'applicant', label: '申请人', children: result.applicant.name },
              { key: 'items', label: '事项', span: 2, children: result.items.map((i) => i.name).join('、') },
            ]}
          />
          {missing.length > 0 && <ResultMaterials title="一次性告知：请申请人补齐以下材料" materials={missing} testId="result-missing" />}
          {deferred.length > 0 && <ResultMaterials title="容缺后补材料" materials={deferred} testId="result-deferred" />}
          {result.refusal && (
            <Alert
              type="error"
              className="intake-gap"
              data-testid="result-refusal"
              title={`不予受理：${refusalReasons[result.refusal.kind as RefusalReasonKind] ?? result.refusal.kind}`}
              description={
                <>
                  <div>{result.refusal.text}</div>
                  {result.refusal.referTo && <div>请向 {result.refusal.referTo} 申请。</div>}
                  <div>如不服，可在六十日内申请行政复议，或在六个月内提起行政诉讼。</div>
                </>
              }
            />
          )}
        </div>
      )}
    </Modal>
  );
}
