import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { buildTestApp, messageSid, postSigned, type TestApp } from '../support/deps.js';
import { insertOutbound, recordSendAttempt } from '../../src/db/repositories/outbound-messages.repository.js';

const handle = useTestDatabase();
let t: TestApp;
beforeAll(async () => {
  t = buildTestApp(handle);
});

async function sentMessage(): Promise<{ id: string; sid: string }> {
  const row = await insertOutbound(handle.db, {
    clientId: null,
    toPhone: '+14155550999',
    body: 'Today: rest',
    kind: 'morning',
    channel: 'twilio',
    status: 'sending',
    segments: 1,
    encoding: 'GSM-7',
  });
  const sid = messageSid();
  await recordSendAttempt(handle.db, row.id, { ok: true, providerSid: sid, status: 'queued' });
  return { id: row.id, sid };
}

const statusOf = async (id: string) =>
  handle.db.selectFrom('outbound_messages').select(['status', 'error_code']).where('id', '=', id).executeTakeFirstOrThrow();

function callback(sid: string, status: string, extra: Record<string, string> = {}) {
  return postSigned(t.app, '/sms/status', {
    MessageSid: sid,
    SmsSid: sid,
    MessageStatus: status,
    SmsStatus: status,
    AccountSid: 'AC' + 'b'.repeat(32),
    To: '+14155550999',
    From: '+14155550100',
    ApiVersion: '2010-04-01',
    ...extra,
  });
}

describe('POST /sms/status', () => {
  it('moves a stored message forward through sent and delivered', async () => {
    const m = await sentMessage();
    expect((await callback(m.sid, 'sent')).status).toBe(204);
    expect((await statusOf(m.id)).status).toBe('sent');
    await callback(m.sid, 'delivered');
    expect((await statusOf(m.id)).status).toBe('delivered');
  });

  it('ignores a late callback that would move the status backwards', async () => {
    const m = await sentMessage();
    await callback(m.sid, 'delivered');
    await callback(m.sid, 'sent');
    expect((await statusOf(m.id)).status).toBe('delivered');
  });

  it('records the error code of an undelivered message', async () => {
    const m = await sentMessage();
    await callback(m.sid, 'undelivered', { ErrorCode: '30003' });
    expect(await statusOf(m.id)).toEqual({ status: 'undelivered', error_code: '30003' });
  });

  it('rejects an unsigned callback and leaves the message alone', async () => {
    const m = await sentMessage();
    const res = await postSigned(t.app, '/sms/status', { MessageSid: m.sid, MessageStatus: 'failed' }, { signature: null });
    expect(res.status).toBe(403);
    expect((await statusOf(m.id)).status).toBe('queued');
  });

  it('answers 400 for an unknown status value', async () => {
    const m = await sentMessage();
    const res = await callback(m.sid, 'exploded');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/MessageStatus/);
  });
});
