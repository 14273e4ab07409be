import type { z } from 'zod';
import type { Api, Channel } from '../../shared/contract/api';
import type { Db } from '../db/open-database';
import type { CalendarService } from '../services/calendar/calendar-service';
import type { CatalogueService } from '../services/catalogue/catalogue-service';
import type { CredentialStore } from '../sync/credential-store';
import type { SyncEngine } from '../sync/sync-engine';
import type { CallContext } from './call-context';
import type { Sessions } from './sessions';

export interface BackendDeps {
  db: Db;
  sessions: Sessions;
  catalogue: CatalogueService;
  calendar: CalendarService;
  credentials: CredentialStore;
  sync: SyncEngine;
  version: string;
}

export type Handler<C extends Channel> = (
  input: z.output<Api[C]['input']>,
  ctx: CallContext,
) => Promise<z.input<Api[C]['output']>> | z.input<Api[C]['output']>;

export type HandlerMap<C extends Channel = Channel> = { [K in C]: Handler<K> };
