/** The shape of the core's call handlers: validated input and who is calling, in; the contract's output, out. */
import type { z } from 'zod';
import type { ApiOutput, contract, UserRecord } from '../../shared/api/contract';
import type { ApiMethod } from '../../shared/api/methods';
import type { Caller } from '../../shared/domain/review/permissions';
import type { DoorSession } from './review/sessions';

export interface CallContext {
  door: DoorSession;
  caller: Caller;
  /** The signed-in user, when there is one. */
  user: UserRecord | null;
  /** Who is acting, as the audit trail and `imported_by` name them. */
  actor: string;
}

export type Handler<M extends ApiMethod> = (input: z.output<(typeof contract)[M]['input']>, ctx: CallContext) => Promise<ApiOutput<M>> | ApiOutput<M>;

export type Handlers<K extends ApiMethod = ApiMethod> = { [M in K]: Handler<M> };
