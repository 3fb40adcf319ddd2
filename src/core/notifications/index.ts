export * from './batch.ts';
export * from './decide.ts';
export * from './ignored.ts';
export * from './kinds.ts';
export * from './local-time.ts';
export * from './next-reminder.ts';
export * from './plan-week.ts';
export * from './reasons.ts';
