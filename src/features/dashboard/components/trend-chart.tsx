import { useElementSize } from '@mantine/hooks';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

// Recharts is loaded with this module only, on the reporting screens (see trends.tsx).

export interface Series {
  key: string;
  label: string;
  color: string;
}

// Text in the scheme's own colours, light or dark.
const TICK = { fontSize: 12, fill: 'var(--mantine-color-dimmed)' };

export default function TrendChart({
  data,
  series,
}: {
  data: Record<string, number | string>[];
  series: Series[];
}) {
  // Drawn at the width of its box, once it has one (never at zero width).
  const { ref, width } = useElementSize();
  return (
    <div ref={ref} style={{ height: 260 }}>
      {width > 0 && (
        // Hidden from assistive technology (its table says the same): nothing in it takes focus.
        <BarChart
          accessibilityLayer={false}
          width={width}
          height={260}
          data={data}
          margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={TICK} />
          <YAxis allowDecimals={false} tick={TICK} />
          <Tooltip contentStyle={{ background: 'var(--mantine-color-body)' }} />
          <Legend
            formatter={(name) => <span style={{ color: 'var(--mantine-color-text)' }}>{name}</span>}
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </div>
  );
}
