import { sql, type SQL } from 'drizzle-orm';
import { EARLY_RUPTURE_DAYS } from '../../src/domain/indicators';
import { mentorships } from './schema';

// How the indicators and the lists behind them read time (src/domain/indicators.ts), in one place
// so that a figure and its list count the same records.

/** The UTC day of a timestamp. */
export const utcDay = (timestamp: unknown) => sql`((${timestamp}) at time zone 'UTC')::date`;

/** A pair closed within EARLY_RUPTURE_DAYS of its acceptance. */
export const EARLY_RUPTURE: SQL = sql`(${mentorships.closedAt} < ${mentorships.acceptedAt} + make_interval(days => ${EARLY_RUPTURE_DAYS}))`;
