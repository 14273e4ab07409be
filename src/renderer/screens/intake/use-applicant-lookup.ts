import type { FormInstance } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { ApplicantRecord } from '../../../shared/intake/case-types';
import { call } from '../../api/client';
import type { IntakeFormValues } from './intake-form';

type Filled = 'name' | 'phone' | 'address' | 'legalRepresentative' | 'contactName';

/**
 * A returning applicant's details come back from earlier cases. Only empty fields are filled:
 * what the clerk typed, or read from the card just now, is newer than the record.
 */
export function useApplicantLookup(form: FormInstance<IntakeFormValues>) {
  const [notice, setNotice] = useState<string | null>(null);
  const ticket = useRef(0);

  const lookup = useCallback(
    async (kind: 'person' | 'enterprise', idNumber: string) => {
      const mine = ++ticket.current;
      let record: ApplicantRecord | null;
      try {
        record = await call('applicants.find', { kind, idNumber });
      } catch {
        return; // A convenience only: manual entry always works.
      }
      if (mine !== ticket.current) return;
      if (!record || form.getFieldValue(['applicant', 'kind']) !== kind) {
        setNotice(null);
        return;
      }
      const fields: Filled[] = ['name', 'phone', 'address', 'legalRepresentative', 'contactName'];
      for (const field of fields) {
        const stored = record[field];
        const current = form.getFieldValue(['applicant', field]) as string | undefined;
        if (stored && !current?.trim()) form.setFieldValue(['applicant', field], stored);
      }
      setNotice(`已调取历史信息：${record.name}，请与申请人核对联系电话和地址`);
    },
    [form],
  );

  const clear = useCallback(() => {
    ticket.current += 1;
    setNotice(null);
  }, []);

  return { notice, lookup, clear };
}
