import type { SessionUser } from '../../../shared/contract/user-types';
import { AppError } from '../../../shared/errors';
import { docTypeInfo, docTypes } from '../../../shared/print/doc-types';
import { placeholderStatusBaseUrl } from '../../../shared/print/status-url';
import { allowedPapers, defaultPrintSettings, printSettingsSchema, type PrintSettings } from '../../../shared/print/print-settings';
import type { Db } from '../../db/open-database';
import { recordChange, type Actor } from '../record-change';
import { getSetting, setSetting } from '../settings/settings-repository';

const key = 'print.settings';

/**
 * The hall's print settings, one JSON value in the settings table. What is stored is laid
 * over the defaults, so a setting added later has its default on a desk that never saved it,
 * and an unreadable value falls back to the defaults rather than stopping every print.
 */
export function readPrintSettings(db: Db): PrintSettings {
  const defaults = defaultPrintSettings();
  const raw = getSetting(db, key);
  if (!raw) return defaults;
  try {
    const stored = JSON.parse(raw) as Partial<PrintSettings>;
    // Earlier versions stored an example address as the default: it is not the hall's.
    if (stored.statusBaseUrl === placeholderStatusBaseUrl) stored.statusBaseUrl = '';
    const parsed = printSettingsSchema.safeParse({
      ...defaults,
      ...stored,
      documents: { ...defaults.documents, ...(stored.documents ?? {}) },
    });
    return parsed.success ? parsed.data : defaults;
  } catch {
    return defaults;
  }
}

export function updatePrintSettings(db: Db, actor: SessionUser, settings: PrintSettings, now: Date): PrintSettings {
  for (const docType of docTypes) {
    if (!allowedPapers(docType).includes(settings.documents[docType].paper)) {
      throw new AppError('VALIDATION', `${docTypeInfo[docType].title}只能使用 A4 纸打印`, `documents.${docType}.paper`);
    }
  }
  return db
    .transaction(() => {
      storePrintSettings(db, actor, settings, now.toISOString());
      return readPrintSettings(db);
    })
    .immediate();
}

/** Stores the settings with their outbox and audit rows; call inside the caller's transaction. */
export function storePrintSettings(db: Db, actor: Actor, settings: PrintSettings, at: string): void {
  setSetting(db, key, JSON.stringify(settings));
  recordChange(db, {
    actor,
    at,
    op: 'settings.print-updated',
    entity: 'print-settings',
    entityId: 'hall',
    // The seal image stays on this desk; the centre learns only whether there is one.
    payload: { ...settings, sealImage: settings.sealImage ? 'set' : null },
  });
}
