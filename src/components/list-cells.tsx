import { Anchor, Badge, CheckIcon, Checkbox, Group, Text } from '@mantine/core';
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';

// A page of a list is hundreds of cells. Mantine's components resolve their styles on each
// render (a context read, class names, style props): in a table of 50 rows that was most of the
// time between the answer and the rows on screen. These cells are plain elements with Mantine's
// own classes and variables: the same look, the same colour schemes, a fraction of the work
// (decision 0017). Outside lists, use Mantine's components.

type Vars = CSSProperties & Record<`--${string}`, string | number>;

const TEXT_SM: Vars = {
  '--text-fz': 'var(--mantine-font-size-sm)',
  '--text-lh': 'var(--mantine-line-height-sm)',
};

/** Mantine's light badge; `size="sm"` for a secondary mark beside a value. */
export function CellBadge({
  color,
  size,
  children,
}: {
  color: string;
  size?: 'sm';
  children: ReactNode;
}) {
  const style: Vars = {
    '--badge-bg': `var(--mantine-color-${color}-light)`,
    '--badge-color': `var(--mantine-color-${color}-light-color)`,
    '--badge-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
    // The whole label, even in a narrow column.
    textTransform: 'none',
    maxWidth: 'none',
    flexShrink: 0,
    ...(size && {
      '--badge-height': `var(--badge-height-${size})`,
      '--badge-padding-x': `var(--badge-padding-x-${size})`,
      '--badge-fz': `var(--badge-fz-${size})`,
    }),
  };
  return (
    <div className={Badge.classes.root} data-variant="light" data-size={size} style={style}>
      <span className={Badge.classes.label} style={{ overflow: 'visible' }}>
        {children}
      </span>
    </div>
  );
}

/**
 * The row's link to its record, which the list's keyboard moves between (`data-row-link`). A plain
 * anchor: the list's table follows it in the page (see DataTable).
 */
export const RowLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <a
    href={to}
    className={`mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root}`}
    data-underline="hover"
    data-row-link
    style={{ fontWeight: 600 }}
  >
    {children}
  </a>
);

/** Small text; `title` shows the exact value on hover. */
export const CellText = ({ title, children }: { title?: string; children: ReactNode }) => (
  <p
    className={`mantine-focus-auto ${Text.classes.root}`}
    data-size="sm"
    title={title}
    style={TEXT_SM}
  >
    {children}
  </p>
);

/** Values side by side, on one line. */
export const CellGroup = ({ children }: { children: ReactNode }) => (
  <div
    className={Group.classes.root}
    style={
      {
        '--group-gap': 'calc(0.375rem * var(--mantine-scale))',
        '--group-align': 'center',
        '--group-justify': 'flex-start',
        '--group-wrap': 'nowrap',
      } as Vars
    }
  >
    {children}
  </div>
);

/** A long cell wraps on two lines at most, so that the columns fit a laptop's width. */
export const WrappingCell = ({ children }: { children: ReactNode }) => (
  <p
    className={`mantine-focus-auto ${Text.classes.root}`}
    data-size="sm"
    data-line-clamp
    style={
      {
        ...TEXT_SM,
        '--text-line-clamp': 2,
        whiteSpace: 'normal',
        minWidth: 'calc(7.5rem * var(--mantine-scale))',
        maxWidth: 'calc(13.75rem * var(--mantine-scale))',
      } as Vars
    }
  >
    {children}
  </p>
);

/** Mantine's checkbox without a visible label (the accessible name says which row). */
export function RowCheckbox({
  label,
  checked,
  indeterminate = false,
  onChange,
  tabIndex,
}: {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (event: unknown) => void;
  tabIndex?: number;
}) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current) input.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <div
      className={Checkbox.classes.root}
      data-variant="filled"
      style={{ '--checkbox-radius': 'var(--mantine-radius-sm)' } as Vars}
    >
      <div className={Checkbox.classes.inner}>
        <input
          ref={input}
          type="checkbox"
          className={`mantine-focus-auto ${Checkbox.classes.input}`}
          aria-label={label}
          checked={checked}
          data-indeterminate={indeterminate || undefined}
          onChange={onChange}
          tabIndex={tabIndex}
        />
        {indeterminate ? (
          <svg viewBox="0 0 32 6" fill="none" aria-hidden className={Checkbox.classes.icon}>
            <rect width="32" height="6" fill="currentColor" rx="3" />
          </svg>
        ) : (
          <CheckIcon className={Checkbox.classes.icon} />
        )}
      </div>
    </div>
  );
}
