import { Select } from 'antd';
import { roleLabels } from '../../../shared/contract/roles';
import { useCallQuery } from '../../data/use-call';

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
  const people = useCallQuery('ratings.assignees', { followUpId }).data ?? [];
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
