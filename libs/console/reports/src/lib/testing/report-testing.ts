import { provideHttpClient, withXhr } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Routes } from '@angular/router';
import {
  FakeLiveEvents,
  LiveEventsService,
  MemoryStorage,
  SESSION_STORAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import { provideUkDatepicker } from '@navdesk/console/ui';
import {
  FakeChartRenderer,
  provideFakeCharts,
} from '@navdesk/console/ui/chart';
import type { Role } from '@navdesk/contracts';
import { REPORT_EXPORT_POLL_MS } from '../export/report-export.component';
import { REPORTS_TODAY } from '../filters/report-dates';
import { ReportFilters } from '../filters/report-filters';
import { REPORTS_LIVE_DEBOUNCE_MS } from '../sections/report-loader';

/** The day every reports test runs on (a Sunday). */
export const TODAY = '2026-03-29';

/** The filters the page starts with on TODAY: the last 12 weeks, all services. */
export const FILTERS: ReportFilters = {
  from: '2026-01-05',
  to: '2026-03-30',
  serviceId: '',
  interval: 'week',
  groupBy: 'theme',
};

/** The API query of FILTERS: the API takes the last day, inclusive. */
export const WINDOW_QUERY = 'from=2026-01-05&to=2026-03-29';

export interface ReportsTestBed {
  live: FakeLiveEvents;
  charts: FakeChartRenderer;
}

/**
 * TestBed with HTTP testing, fake charts and live events, a fixed day, quick polling and a
 * signed-in `role` of `serviceIds`.
 */
export function setUpReports(
  options: {
    role?: Role;
    serviceIds?: string[];
    routes?: Routes;
    providers?: Provider[];
  } = {},
): ReportsTestBed {
  const live = new FakeLiveEvents();
  const charts = new FakeChartRenderer();
  TestBed.configureTestingModule({
    providers: [
      provideRouter(options.routes ?? []),
      provideHttpClient(withXhr()),
      provideHttpClientTesting(),
      provideFakeCharts(charts),
      provideUkDatepicker(),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      { provide: LiveEventsService, useValue: live },
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: REPORTS_TODAY, useValue: () => TODAY },
      { provide: REPORT_EXPORT_POLL_MS, useValue: 5 },
      { provide: REPORTS_LIVE_DEBOUNCE_MS, useValue: 5 },
      ...(options.providers ?? []),
    ],
  });
  TestBed.inject(SessionStore).start({
    accessToken: 'token-1',
    expiresIn: 900,
    user: {
      id: 'u-1',
      email: 'manager1@navdesk.test',
      name: 'Morgan Manager',
      role: options.role ?? 'manager',
      serviceIds: options.serviceIds ?? ['s-1', 's-2'],
    },
  });
  return { live, charts };
}

export function text(host: Element | null): string {
  return (host?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const wait = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Rows of a table as cell texts (header and body cells). */
export function tableRows(table: Element | null): string[][] {
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.children].map((cell) => text(cell)),
  );
}

export function button(host: Element, name: string): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find(
    (b) => text(b) === name || b.getAttribute('aria-label') === name,
  );
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** A figures list (`dl`) as label → value text. */
export function figures(list: Element | null): Record<string, string> {
  return Object.fromEntries(
    [...(list?.querySelectorAll('dt') ?? [])].map((dt) => [
      text(dt),
      text(dt.nextElementSibling),
    ]),
  );
}
