import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { roleLabels, type Role } from '../../../shared/contract/roles';
import { call } from '../../api/client';

/** The people a supervisor may give a 差评 follow-up to: never the person who was rated. */
export function ResponsibleSelect({
  followUpId,
  value,
  onChange,
}: {
  followUpId: number;
  value?: string;
  onChange?: (staffNo: string) => void;
}) {
  const [people, setPeople] = useState<{ staffNo: string; name: string; role: Role }[]>([]);
  useEffect(() => {
    let stale = false;
    call('ratings.assignees', { followUpId }).then(
      (found) => !stale && setPeople(found),
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [followUpId]);
  return (
    <Select
      showSearch
      optionFilterProp="label"
      placeholder="请选择责任人"
      value={value}
      onChange={onChange}
      options={people.map((p) => ({ value: p.staffNo, label: `${p.name}（${p.staffNo}，${roleLabels[p.role]}）` }))}
      data-testid="follow-up-staff-no"
    />
  );
}
