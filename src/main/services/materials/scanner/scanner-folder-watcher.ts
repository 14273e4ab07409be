import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { scannerSubfolders } from '../../../../shared/materials/scan-types';
import type { Db } from '../../../db/open-database';
import type { Clock } from '../../clock';
import { detectKind } from '../incoming-file';
import { readMaterialSettings } from '../material-settings';
import { sha256Hex, type PageStore } from '../page-store';
import { insertScan, scanHashTaken } from './scan-repository';

export interface ScannerWatcherDeps {
  db: Db;
  /** Where taken files wait for a line: content-addressed, written durably before their row. */
  inbox: PageStore;
  clock: Clock;
  /** The folder set under 系统设置 → 电子材料, read at every tick; null: off. */
  folder(): string | null;
  /** The tray changed (a file taken, refused, or the folder became readable or not). */
  onChange(): void;
}

interface Seen {
  size: number;
  mtimeMs: number;
}

/** Every two seconds: a scan shows up about as fast as the clerk turns from the scanner. */
export const scannerPollMs = 2000;

/**
 * Watches the desk's scanner folder by polling, not fs.watch: scanners often save to a network
 * share, where fs.watch sees nothing or misses events; on Windows it reports a file as it is
 * created, long before the scanner has finished writing it; and a half-written file must be
 * recognised by its size anyway. So each tick lists the folder and a file is taken only when its
 * size and time were the same at the previous tick (and it is not empty). A taken file is recorded
 * by its hash, its bytes kept in the inbox, and then moved to the 已导入 sub-folder (a refused one
 * to 未导入), so it is taken once even when the move fails. Tests call tick() themselves.
 */
export class ScannerFolderWatcher {
  private seen = new Map<string, Seen>();
  /** Files taken already that could not be moved away: left alone while they stay as they are. */
  private stuck = new Map<string, Seen>();
  private problem: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly deps: ScannerWatcherDeps) {}

  /** The folder cannot be read (shown above the tray); null when fine or off. */
  folderProblem(): string | null {
    return this.problem;
  }

  start(intervalMs = scannerPollMs): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One look at the folder; a tick never overlaps the one before, and none runs once stopped. */
  tick(): Promise<void> {
    this.running ??= Promise.resolve()
      .then(() => {
        if (!this.stopped) this.look();
      })
      .catch((error: unknown) => this.report(error))
      .finally(() => (this.running = null));
    return this.running;
  }

  private report(error: unknown): void {
    try {
      this.setProblem(`扫描文件夹处理出错：${error instanceof Error ? error.message : String(error)}`);
    } catch {
      // The store is closing: nobody is left to tell.
    }
  }

  private look(): void {
    const folder = this.deps.folder();
    if (!folder) {
      this.seen.clear();
      return this.setProblem(null);
    }
    let names: string[];
    try {
      names = readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !isScratchName(entry.name))
        .map((entry) => entry.name);
    } catch {
      this.seen.clear();
      return this.setProblem(`扫描文件夹“${folder}”无法读取（不存在或没有权限），请在系统设置中检查`);
    }
    this.setProblem(null);
    const next = new Map<string, Seen>();
    const stuck = new Map<string, Seen>();
    let changed = false;
    for (const name of names) {
      const now = statOf(join(folder, name));
      if (!now) continue;
      if (sameStat(this.stuck.get(name), now)) {
        stuck.set(name, now);
        continue;
      }
      if (now.size === 0 || !sameStat(this.seen.get(name), now)) {
        next.set(name, now);
        continue;
      }
      const taken = this.take(folder, name);
      if (taken === 'busy') next.set(name, now);
      if (taken === 'new') changed = true;
      if (taken !== 'busy' && existsSync(join(folder, name))) stuck.set(name, now);
    }
    this.seen = next;
    this.stuck = stuck;
    if (changed) this.deps.onChange();
  }

  /** Takes one finished file: 'new' when recorded now, 'known' when taken before, 'busy' when the scanner still holds it. */
  private take(folder: string, name: string): 'new' | 'known' | 'busy' {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(folder, name));
    } catch {
      return 'busy';
    }
    const { db, inbox, clock } = this.deps;
    const sha256 = sha256Hex(bytes);
    const reason = refusal(name, bytes, readMaterialSettings(db).limits.maxPageMb);
    const known = scanHashTaken(db, sha256);
    if (!known) {
      if (!reason) inbox.put(bytes);
      insertScan(db, {
        scan_id: randomUUID(),
        file_name: name,
        sha256,
        size: bytes.length,
        state: reason ? 'refused' : 'waiting',
        reason,
        taken_at: clock.now().toISOString(),
      });
    }
    moveInto(folder, name, reason ? scannerSubfolders.refused : scannerSubfolders.taken);
    return known ? 'known' : 'new';
  }

  private setProblem(problem: string | null): void {
    if (problem === this.problem) return;
    this.problem = problem;
    this.deps.onChange();
  }
}

/** Why a file cannot be a material (shown in the tray), or null. Opening and decoding are checked when it goes on a line. */
function refusal(name: string, bytes: Buffer, maxPageMb: number): string | null {
  if (detectKind(bytes) === null) return `文件“${name}”不是 PDF、JPEG、PNG 或 TIFF 格式，不能作为材料`;
  if (bytes.length > maxPageMb * 1024 * 1024) return `文件“${name}”超过单页上限 ${maxPageMb} MB`;
  return null;
}

function sameStat(before: Seen | undefined, now: Seen): boolean {
  return before !== undefined && before.size === now.size && before.mtimeMs === now.mtimeMs;
}

/** Hidden and temporary files (a scanner's or the OS's own) are never materials. */
function isScratchName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~') || /\.(tmp|part|crdownload)$/i.test(name) || name === 'Thumbs.db';
}

function statOf(path: string): Seen | null {
  try {
    const stat = statSync(path);
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}

/** Moves a taken file aside; a name already there gets a suffix. A failed move is harmless: the hash is recorded. */
function moveInto(folder: string, name: string, subfolder: string): void {
  try {
    const target = join(folder, subfolder);
    mkdirSync(target, { recursive: true });
    let path = join(target, name);
    for (let n = 2; existsSync(path); n++) {
      const ext = extname(name);
      path = join(target, `${name.slice(0, name.length - ext.length)} (${n})${ext}`);
    }
    renameSync(join(folder, name), path);
  } catch {
    // Read-only share or a name the OS refuses: the file stays, and its hash keeps it from being taken again.
  }
}
