import { useId, useState } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Totals } from '../../api/types';
import { decimal } from '../../format';
import { type FrameComparison, mioKrOf } from './frame-comparison';

interface YearPoint {
  readonly year: string;
  readonly included: number;
  readonly inNegotiation: number | null;
  readonly frame: number | null;
}

const seriesNames = {
  included: 'Med i budgetaftalen',
  inNegotiation: 'Til forhandling',
  frame: 'Ramme',
} as const;

/**
 * Included per year as bars, what is in negotiation beside it, and the frame as a line. The
 * picture is one image to assistive technology, described by the same figures in words.
 */
export function TotalsChart({
  comparison,
  inNegotiation,
}: {
  comparison: FrameComparison;
  inNegotiation: Totals | undefined;
}) {
  const titleId = useId();
  const descriptionId = useId();
  const points: YearPoint[] = comparison.years.map((year, index) => {
    const total = comparison.total.cells[index]!;
    const negotiating = inNegotiation?.years.find((one) => one.year === year)?.total.kroner;
    return {
      year: String(year),
      included: mioKrOf(total.included),
      inNegotiation: negotiating === undefined ? null : mioKrOf(negotiating),
      frame: total.frame === null ? null : mioKrOf(total.frame),
    };
  });
  const showFrame = points.some((point) => point.frame !== null);
  const [animate] = useState(() => !window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  return (
    <figure className="totals-chart">
      <figcaption id={titleId}>I alt pr. år (mio. kr.)</figcaption>
      <div role="img" aria-labelledby={titleId} aria-describedby={descriptionId}>
        <ResponsiveContainer width="100%" height={300}>
          <ComposedChart data={points} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" />
            <YAxis tickFormatter={(value: number) => decimal(value)} width={64} />
            <Tooltip
              formatter={(value) =>
                typeof value === 'number' ? `${decimal(value)} mio. kr.` : String(value)
              }
            />
            {/* The legend's words in the ink colour: the series' colours are too light for text. */}
            <Legend formatter={(value: string) => <span className="chart-legend">{value}</span>} />
            <Bar
              dataKey="included"
              name={seriesNames.included}
              fill="#1d6b35"
              isAnimationActive={animate}
            />
            <Bar
              dataKey="inNegotiation"
              name={seriesNames.inNegotiation}
              fill="#5b8fc7"
              isAnimationActive={animate}
            />
            {showFrame ? (
              <Line
                dataKey="frame"
                name={seriesNames.frame}
                stroke="#a4161a"
                strokeWidth={2}
                strokeDasharray="6 3"
                type="linear"
                isAnimationActive={animate}
              />
            ) : null}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p id={descriptionId} className="visually-hidden">
        {points.map((point) => describe(point)).join(' ')}
      </p>
    </figure>
  );
}

function describe(point: YearPoint): string {
  const parts = [`${seriesNames.included} ${decimal(point.included)} mio. kr.`];
  if (point.inNegotiation !== null)
    parts.push(
      `${seriesNames.inNegotiation.toLowerCase()} ${decimal(point.inNegotiation)} mio. kr.`,
    );
  if (point.frame !== null) parts.push(`ramme ${decimal(point.frame)} mio. kr.`);
  return `${point.year}: ${parts.join(', ')}.`;
}
