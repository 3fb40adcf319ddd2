import { localDateIn } from '../core/care/clinic-time.ts';
import { loadConfig } from '../server/config.ts';
import { databaseTargetFrom, openDatabase } from '../server/db/database.ts';
import { assertServerStopped } from '../server/db/embedded-backup.ts';
import { notificationWeekReport } from './notifications-week-report.ts';
import { runCommand } from './run-command.ts';

const USAGE = 'npm run notifications:week -- EMAIL [--from YYYY-MM-DD]';

/** A real calendar date, YYYY-MM-DD. */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && localDateIn(date, 'UTC') === text;
}

/**
 * `npm run notifications:week -- EMAIL [--from YYYY-MM-DD]`: a week of one member's notifications as the
 * rules would send them, in their time zone, and the ones held and why. By default the last complete
 * Monday-to-Sunday week before today; `--from` picks the first of the seven days.
 */
runCommand(USAGE, async ([email, ...rest]) => {
  let firstDay: string | undefined;
  if (rest.length > 0) {
    const [flag, day] = rest;
    if (flag !== '--from' || day === undefined || rest.length > 2) return `Usage: ${USAGE}`;
    if (!isCalendarDate(day)) return `--from expects a date such as 2026-03-02, not ${day}.`;
    firstDay = day;
  }
  const config = loadConfig();
  const target = databaseTargetFrom(config);
  if (target.kind === 'pglite') await assertServerStopped(config.dataDir);
  const database = await openDatabase(target);
  try {
    const report = await notificationWeekReport(database.db, {
      email,
      ...(firstDay ? { firstDay } : {}),
      now: new Date(),
      clinicTimeZone: config.clinicTimeZone,
      disability: config.disabilityInstrument,
    });
    if ('refusal' in report) return report.refusal;
    console.log(report.lines.join('\n'));
    return undefined;
  } finally {
    await database.close();
  }
});
