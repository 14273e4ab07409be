import type { z } from 'zod';
import type { Api, Channel } from '../../shared/contract/api';
import type { Db } from '../db/open-database';
import type { CallContext } from './call-context';
import type { Sessions } from './sessions';

export interface BackendDeps {
  db: Db;
  sessions: Sessions;
  version: string;
}

export type Handler<C extends Channel> = (
  input: z.output<Api[C]['input']>,
  ctx: CallContext,
) => Promise<z.input<Api[C]['output']>> | z.input<Api[C]['output']>;

export type HandlerMap<C extends Channel = Channel> = { [K in C]: Handler<K> };
