import type { ReactNode } from 'react';
import type { MembershipRevenue } from '../../../../contract/membership-admin.ts';
import {
  churnFigure,
  type Figure,
  mrrWords,
  payingFigure,
  revenueHeading,
} from './membership-admin-words.ts';

function FigureItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="figures__item">
      <dt>{term}</dt>
      <dd className="figures__value">{children}</dd>
    </div>
  );
}

function withDetail(figure: Figure) {
  return (
    <>
      <span>{figure.value}</span>
      {figure.detail && <span className="figures__detail">{figure.detail}</span>}
    </>
  );
}

/** The month's figures, as terms and values (a screen reader reads each pair together). */
export function RevenueFigures({ revenue }: { revenue: MembershipRevenue }) {
  return (
    <>
      <p>{revenueHeading(revenue)}, so far.</p>
      <dl className="figures">
        <FigureItem term="Monthly recurring revenue">
          {mrrWords(revenue).map((line) => (
            <span key={line}>{line}</span>
          ))}
        </FigureItem>
        <FigureItem term="Paying subscriptions">{withDetail(payingFigure(revenue))}</FigureItem>
        <FigureItem term="New this month">{revenue.newThisMonth}</FigureItem>
        <FigureItem term="Churn this month">{withDetail(churnFigure(revenue))}</FigureItem>
        <FigureItem term="Comps in force">{revenue.compsInForce}</FigureItem>
      </dl>
      <p className="field__hint">
        Monthly recurring revenue adds the monthly prices and a twelfth of the yearly ones. Churn counts
        subscriptions that ended this month or are cancelled to end in it. Months are{' '}
        {revenue.timeZone.replace('_', ' ')} time.
      </p>
    </>
  );
}
