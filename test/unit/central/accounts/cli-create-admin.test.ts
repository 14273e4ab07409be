import { describe, expect, it } from 'vitest';
import type { AdminActions } from '../../../../src/central/cli/admin-actions';
import { parseCliArgs, runCli } from '../../../../src/central/cli/run-cli';

describe('central CLI: account create-admin', () => {
  it('creates a 中心管理员 with the 工号 and name given and prints the temporary password once', async () => {
    const asked: unknown[] = [];
    const actions = {
      createCentreAdmin: async (input: { staffNo: string; name: string }) => {
        asked.push(input);
        return { account: { staffNo: input.staffNo }, temporaryPassword: 'abcd2345EFGH' };
      },
    } as unknown as AdminActions;
    const out: string[] = [];
    const err: string[] = [];
    const run = (...argv: string[]) => runCli(parseCliArgs(argv), actions, { out: (l) => out.push(l), err: (l) => err.push(l) });

    expect(await run('account', 'create-admin', 'A001', '王主任')).toBe(0);
    expect(asked).toEqual([{ staffNo: 'A001', name: '王主任' }]);
    expect(out.join('\n')).toContain('abcd2345EFGH');

    expect(await run('account', 'create-admin', 'A 001', '王主任')).toBe(1);
    expect(err.join('\n')).toContain('工号');
    expect(await run('account', 'create-admin', 'A002')).toBe(2);
    expect(asked).toHaveLength(1);
  });
});
