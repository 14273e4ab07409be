import { describe, expect, it } from 'vitest';
import { PendingCalls } from '../../../src/main/electron/pending-calls';

describe('PendingCalls', () => {
  it('gives each call its own id and resolves it by that id', async () => {
    const calls = new PendingCalls<string>();
    const a = calls.add();
    const b = calls.add();
    expect(a.id).not.toBe(b.id);
    expect(calls.size).toBe(2);
    expect(calls.resolve(b.id, 'second')).toBe(true);
    expect(calls.resolve(a.id, 'first')).toBe(true);
    await expect(a.promise).resolves.toBe('first');
    await expect(b.promise).resolves.toBe('second');
    expect(calls.size).toBe(0);
  });

  it('ignores unknown and repeated answers', async () => {
    const calls = new PendingCalls<number>();
    const a = calls.add();
    expect(calls.resolve(a.id + 100, 1)).toBe(false);
    expect(calls.resolve(a.id, 2)).toBe(true);
    expect(calls.resolve(a.id, 3)).toBe(false);
    await expect(a.promise).resolves.toBe(2);
  });

  it('rejects a single call that could not be sent', async () => {
    const calls = new PendingCalls();
    const a = calls.add();
    expect(calls.reject(a.id, new Error('未发送'))).toBe(true);
    await expect(a.promise).rejects.toThrow('未发送');
  });

  it('rejects every waiting call when closed, and every later one', async () => {
    const calls = new PendingCalls();
    const a = calls.add();
    const b = calls.add();
    calls.close(new Error('后台服务已退出'));
    await expect(a.promise).rejects.toThrow('后台服务已退出');
    await expect(b.promise).rejects.toThrow('后台服务已退出');
    expect(calls.size).toBe(0);
    expect(calls.closed).toBe(true);
    const late = calls.add();
    await expect(late.promise).rejects.toThrow('后台服务已退出');
    expect(calls.resolve(a.id, 'too late')).toBe(false);
  });
});
