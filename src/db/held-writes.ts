import { Transaction, type ConnectionProvider, type DatabaseConnection, type RawBuilder } from 'kysely';
import type { Db } from './db-types.js';
import type { Database } from './schema.js';
import { handleParent, noteView } from './batch-reads.js';

/**
 * A write a unit of work made last, held until its next statement (issue 14: a "done" sent its log in a
 * statement of its own and then the reply in another). The statement that ends the turn takes it and sends it
 * as part of its own (the reply's, storeReplyAndMarkProcessed); any other statement on the handle, of any
 * repository, sends the held write first, on the same connection, so everything reads what was written in
 * the order it was written. A write that can be held drops what the unit of work kept of the rows it touches
 * (db/turn-reads.ts), so a read of them is a statement, which sends it first.
 */
export interface HeldWrite {
  /** The write as the parts of a WITH (`name as (…)`), for the statement that folds it in. */
  parts: readonly RawBuilder<unknown>[];
  /** Whether a statement with these parts has one of a few texts (prepared, db/prepared.ts). */
  usual: boolean;
  /** Sends the write on its own, on a handle that holds nothing. */
  write(db: Db): Promise<void>;
}

interface Slot {
  held: HeldWrite | null;
  /** The held write being sent; every statement after it waits for it. */
  sending: Promise<void> | null;
  /** The transaction the holding handle was made on: the held write is sent through it, holding nothing. */
  raw: Transaction<Database>;
}

const slots = new WeakMap<object, Slot>();

/**
 * A handle on `trx` (same connection, same transaction) whose statements each send the held write first (see
 * HeldWrite). Kysely builds every statement with its handle's executor, so the hook is the executor's connection
 * provider: it runs before a statement gets the connection. The transaction's driver is not needed by a handle
 * on an open transaction (a transaction's own `transaction()`, `connection()` and `destroy()` throw).
 */
export function holdingWrites(trx: Transaction<Database>): Transaction<Database> {
  const slot: Slot = { held: null, sending: null, raw: trx };
  const executor = trx.getExecutor();
  const provider: ConnectionProvider = {
    async provideConnection<T>(consumer: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
      await sendHeld(slot);
      return executor.provideConnection(consumer);
    },
  };
  const unused = new Proxy({}, { get: () => { throw new Error('a handle holding writes is on an open transaction: no driver or dialect of its own'); } });
  const holding = new Transaction<Database>({ executor: executor.withConnectionProvider(provider), driver: unused, dialect: unused, config: {} } as unknown as ConstructorParameters<typeof Transaction<Database>>[0]);
  slots.set(holding, slot);
  return holding;
}

/** Notes that `view` (a view of a holding handle, joinable-transaction.ts) holds writes with it. */
export function holdsWithHandle(view: object, holding: object): void {
  noteView(view, holding);
}

function slotOf(db: object): Slot | undefined {
  for (let h: object | undefined = db; h; h = handleParent(h)) {
    const slot = slots.get(h);
    if (slot) return slot;
  }
  return undefined;
}

async function sendHeld(slot: Slot): Promise<void> {
  if (slot.held) {
    const held = slot.held;
    slot.held = null;
    slot.sending = held.write(slot.raw);
  }
  if (slot.sending) await slot.sending;
}

/** Holds `w` for the next statement on `db`; false (nothing held) when `db` does not hold writes. */
export async function holdWrite(db: Db, w: HeldWrite): Promise<boolean> {
  const slot = slotOf(db);
  if (!slot) return false;
  // One write held at a time: an earlier one goes first.
  await sendHeld(slot);
  slot.held = w;
  return true;
}

/** The write held on `db`, taken by a statement that sends it as part of its own; null when none is held. */
export function takeHeldWrite(db: Db): HeldWrite | null {
  const slot = slotOf(db);
  if (!slot?.held) return null;
  const held = slot.held;
  slot.held = null;
  return held;
}

/** Sends the write still held on `db` (the turn ends without another statement). */
export async function sendHeldWrite(db: Db): Promise<void> {
  const slot = slotOf(db);
  if (slot) await sendHeld(slot);
}
