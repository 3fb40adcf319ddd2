import { type ReactNode, useId } from 'react';

/** How a series looks, for its swatch in the key: a solid or dashed line, a bar, a shaded band, a grey baseline. */
export type KeyMark = 'line' | 'dashed' | 'bar' | 'band' | 'baseline';

export interface KeyItem {
  mark: KeyMark;
  label: string;
}

export interface ChartTable {
  caption: string;
  columns: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
}

interface ChartFigureProps {
  title: string;
  /** Where the series stands now, in words, read first: the chart's latest point. */
  now?: string | null;
  /** One plain line: what the chart shows and how to read it. */
  explanation: ReactNode;
  /** What the chart says in one or two sentences, with its numbers: the text alternative to the canvas. */
  caption: string;
  keyItems?: readonly KeyItem[];
  table: ChartTable;
  children: ReactNode;
}

function KeySwatch({ mark }: { mark: KeyMark }) {
  return <span className={`chart-key__mark chart-key__mark--${mark}`} aria-hidden="true" />;
}

/**
 * One chart with everything around it: a heading, a line saying how to read it, a key, and, because a
 * canvas says nothing to a screen reader, a caption with the numbers that matter and the whole series as
 * a table behind "Show as a table".
 */
export function ChartFigure({
  title,
  now,
  explanation,
  caption,
  keyItems = [],
  table,
  children,
}: ChartFigureProps) {
  const headingId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={headingId}>
      <h3 id={headingId} className="chart-figure__title">
        {title}
      </h3>
      {now && <p className="chart-figure__now">{now}</p>}
      <p className="chart-figure__explanation">{explanation}</p>
      {keyItems.length > 0 && (
        <ul className="chart-key" aria-label="Key">
          {keyItems.map((item) => (
            <li key={item.label}>
              <KeySwatch mark={item.mark} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <div className="chart-figure__plot">{children}</div>
      <figcaption className="chart-figure__caption">{caption}</figcaption>
      <details className="chart-table">
        <summary>Show as a table</summary>
        <div className="chart-table__scroll">
          <table>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                // Rows are a fixed series in date order: the index is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={table.columns[column]}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Where a chart will be: its heading and what will appear, and when, for a member with nothing to draw yet. */
export function ChartEmpty({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="chart-figure chart-figure--empty">
      <h3 className="chart-figure__title">{title}</h3>
      <p className="chart-figure__explanation">{children}</p>
    </div>
  );
}
