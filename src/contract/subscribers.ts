/** The Sunday email's confirmed subscribers, as the admin sees them. */
import { z } from 'zod';

export const subscriberListSchema = z.object({
  /** How many confirmed subscribers there are in all; `subscribers` is the page asked for. */
  total: z.number().int(),
  subscribers: z.array(
    z.object({
      email: z.string(),
      consentedAt: z.iso.datetime().describe('when they pressed Confirm'),
    }),
  ),
});
export type SubscriberList = z.infer<typeof subscriberListSchema>;

export const subscribersCsvSchema = z
  .string()
  .describe('text/csv; charset=utf-8: email, consented_at (RFC 4180, header row)');
