/** Keeps a member's scheduled reminder jobs in step with what changed (jobs/member-reminders.ts). */
export interface NotificationSchedule {
  /** After a change to the member's settings, plan, workouts or pauses commits: reschedule their next run. */
  memberChanged(memberId: string): Promise<void>;
  /**
   * After members' data arrived other than through their own requests (the demo history made behind a
   * ready server): every member is scheduled again, by the sweep job, in the background.
   */
  everyoneChanged(): Promise<void>;
}
