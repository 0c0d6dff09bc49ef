import {
  DEFAULT_GROUPING,
  DEFAULT_INTERVAL,
  type DatePreset,
  type ReportFilters,
} from '../filters/report-filters';
import { OUTCOMES_PRESETS } from '../outcomes/outcomes-filters';

/** The same quarters as Outcomes: this quarter to date, and the whole quarter before it. */
export const VENDOR_PACK_PRESETS: readonly DatePreset[] = OUTCOMES_PRESETS;

const LAST_QUARTER = VENDOR_PACK_PRESETS.find((p) => p.id === 'last-quarter');

/**
 * The pack opens on the last full quarter, all services: what goes to the vendor is a closed
 * period, not one still filling up. Interval and grouping are not the pack's and stay at their defaults.
 */
export function defaultVendorPackFilters(today: string): ReportFilters {
  if (!LAST_QUARTER) throw new Error('The last-quarter preset is missing');
  return {
    ...LAST_QUARTER.window(today),
    serviceId: '',
    interval: DEFAULT_INTERVAL,
    groupBy: DEFAULT_GROUPING,
  };
}
