import type { FormInstance } from 'antd';
import { Form } from 'antd';
import { useMemo } from 'react';
import type { CaseMaterialSpec } from '../../../shared/intake/material-union';
import { situationsOf } from '../../../shared/intake/situations';
import { AGENT_MATERIALS, type IntakeFormValues } from './intake-form';

const agentKeys: readonly string[] = AGENT_MATERIALS;

/**
 * The 情形 of the case's material list and their answers (否 until the clerk says 是). A 情形
 * whose lines are only the agent's 授权委托书 and ID ("委托他人办理？") is the applicant card's
 * 代办人 switch itself, so the clerk never answers the same thing twice.
 */
export function useSituations(
  specs: readonly CaseMaterialSpec[],
  answers: Record<string, boolean>,
  setAnswers: (update: (current: Record<string, boolean>) => Record<string, boolean>) => void,
  form: FormInstance<IntakeFormValues>,
) {
  const hasAgent = Form.useWatch('hasAgent', form) ?? false;
  const situations = useMemo(() => situationsOf(specs), [specs]);
  const agentConditions = useMemo(
    () => new Set(situations.filter((s) => s.keys.every((key) => agentKeys.includes(key))).map((s) => s.condition)),
    [situations],
  );

  const applies = (condition: string) => (agentConditions.has(condition) ? hasAgent : (answers[condition] ?? false));

  function answer(condition: string, yes: boolean) {
    if (agentConditions.has(condition)) form.setFieldValue('hasAgent', yes);
    else setAnswers((current) => ({ ...current, [condition]: yes }));
  }

  return { situations, applies, answer };
}
