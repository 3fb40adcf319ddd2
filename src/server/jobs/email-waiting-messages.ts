import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import { coachMessageWaitingMessage } from '../mail/messages.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';
import { lockMember } from '../services/member-lock.ts';
import { AWAY_BEFORE_EMAIL_MS } from '../services/messages.ts';

/** Every hour: members who have stayed away a day since their coach wrote, and have not read it. */
export const EMAIL_WAITING_MESSAGES = 'email-waiting-messages';
export const EMAIL_WAITING_MESSAGES_CRON = '17 * * * *';
/** At most this many emails a run; the next run takes the rest. */
const MOST_PER_RUN = 500;

export interface WaitingMessagesDeps {
  db: Kysely<Database>;
  mail: OutgoingMail;
  /** Where the app is reached, for the link in the email. */
  publicUrl: string;
}

/**
 * A coach's message tells a member already away a day by email at once (services/messages.ts). One who
 * was about when it came and then stays away hears of it here: for each thread with the member's current
 * coach holding unread coach messages of which none was emailed, once the member has not opened the app
 * for a day, one email ("You have a message from Sam, your coach", never the text), and the newest unread
 * message is marked emailed. Safe to run twice: the check is made again under the member's lock, and a
 * marked batch is never emailed again.
 */
export async function emailMembersAwayFromMessages(deps: WaitingMessagesDeps, now: Date): Promise<number> {
  const awaySince = new Date(now.getTime() - AWAY_BEFORE_EMAIL_MS);
  const threads = await waitingThreads(deps.db, awaySince);
  let sent = 0;
  for (const thread of threads) {
    const didSend = await deps.db.transaction().execute(async (trx) => {
      await lockMember(trx, thread.memberId);
      const [again] = await waitingThreads(trx, awaySince, thread.memberId);
      if (!again || again.coachId !== thread.coachId) return false;
      await deps.mail.send(
        coachMessageWaitingMessage(
          again.member,
          again.coachName,
          `${deps.publicUrl.replace(/\/$/, '')}/messages`,
        ),
        { db: trx },
      );
      await trx.updateTable('messages').set({ emailed_at: now }).where('id', '=', again.newestId).execute();
      return true;
    });
    if (didSend) sent += 1;
  }
  return sent;
}

interface WaitingThread {
  memberId: string;
  coachId: string;
  coachName: string;
  member: { email: string; name: string };
  newestId: string;
}

async function waitingThreads(
  db: Kysely<Database>,
  awaySince: Date,
  memberId?: string,
): Promise<WaitingThread[]> {
  let query = db
    .selectFrom('messages as m')
    .innerJoin('coach_assignments as a', (join) =>
      join.onRef('a.member_id', '=', 'm.member_id').onRef('a.coach_id', '=', 'm.coach_id'),
    )
    .innerJoin('users as u', 'u.id', 'm.member_id')
    .innerJoin('users as c', 'c.id', 'm.coach_id')
    .select([
      'm.member_id',
      'm.coach_id',
      'c.name as coach_name',
      'u.email',
      'u.name',
      sql<string>`(array_agg(m.id order by m.sent_at desc, m.id desc))[1]`.as('newest_id'),
    ])
    .where('m.sender', '=', 'coach')
    .where('m.read_at', 'is', null)
    .where((where) =>
      where.or([where('u.last_seen_at', 'is', null), where('u.last_seen_at', '<', awaySince)]),
    )
    .groupBy(['m.member_id', 'm.coach_id', 'c.name', 'u.email', 'u.name'])
    .having(sql<boolean>`bool_and(m.emailed_at is null)`)
    .orderBy('m.member_id')
    .limit(MOST_PER_RUN);
  if (memberId !== undefined) query = query.where('m.member_id', '=', memberId);
  const rows = await query.execute();
  return rows.map((row) => ({
    memberId: row.member_id,
    coachId: row.coach_id,
    coachName: row.coach_name,
    member: { email: row.email, name: row.name },
    newestId: row.newest_id,
  }));
}
