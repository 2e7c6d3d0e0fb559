import { ExchangeErrors } from './exchange.errors.js';

/**
 * A position in the change log: (transaction id, sequence), opaque to clients. Ordering by the transaction
 * first, and reading only transactions that no running one precedes, means a row committed late by a slow
 * transaction still sorts after every cursor already handed out (decision 0018).
 */
export interface ChangePosition {
  tx: string;
  seq: string;
}

export const START: ChangePosition = { tx: '0', seq: '0' };

export function encodeChangeCursor(p: ChangePosition): string {
  return Buffer.from(`${p.tx}.${p.seq}`).toString('base64url');
}

export function decodeChangeCursor(cursor: string): ChangePosition {
  const match = /^(\d{1,20})\.(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw ExchangeErrors.EXCHANGE_CURSOR_INVALID();
  return { tx: match[1]!, seq: match[2]! };
}
