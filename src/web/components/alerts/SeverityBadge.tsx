import type { AlertSeverity } from '../../../contract/alerts.ts';

export const SEVERITY_WORDS: Record<AlertSeverity, string> = {
  critical: 'Critical',
  high: 'High',
  low: 'Low',
  stalled: 'Stalled',
};

/**
 * The severity in words and in a shape of its own (a diamond, a triangle, a circle, a square), so it
 * reads the same without colour.
 */
export function SeverityBadge({ severity }: { severity: AlertSeverity }) {
  return (
    <span className={`severity severity--${severity}`}>
      <span className="severity__shape" aria-hidden="true" />
      {SEVERITY_WORDS[severity]}
    </span>
  );
}
