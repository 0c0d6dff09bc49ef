import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { SIM_CONFIG, type SimConfig } from '../sim-config';
import { anchorDay, generateEngagement } from './engagement-generator';
import { DEFAULT_SEND_OPTIONS, FeedRejectedError, sendEngagement, type SendOptions } from './engagement-sender';
import type { SimEngagementEvent } from './engagement.constants';

const WEEK = 7 * 86_400_000;

export interface FeedSettings {
  /** Navdesk's base URL (the api), e.g. http://localhost:3000. */
  navdeskUrl: string;
  /** One entry per service: its integration key and the patients its register holds. */
  services: { key: string; patientRefs: string[] }[];
  historyWeeks: number;
  trickleEveryMs: number;
}

export const FEED_DEFAULTS = { historyWeeks: 12, trickleEveryMs: 30_000 } as const;

export interface FeedCounts {
  eventsSent: number;
  accepted: number;
  duplicates: number;
  unknownPatients: number;
}

export interface ServiceFeedStatus extends FeedCounts {
  /** The key's last four characters: enough to tell services apart, never the key. */
  keyHint: string;
  patients: number;
  historySent: boolean;
  /** Events before this moment have been taken by Navdesk. */
  sentUntil: string | null;
  lastError: string | null;
}

export interface FeedStatus extends FeedCounts {
  state: 'off' | 'history' | 'trickle';
  navdeskUrl: string | null;
  historyWeeks: number | null;
  trickleEveryMs: number | null;
  /** The day the patients' stories are told from (personas are shaped relative to it). */
  anchor: string | null;
  startedAt: string | null;
  lastSentAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  services: ServiceFeedStatus[];
}

interface ServiceFeed extends FeedCounts {
  key: string;
  refs: string[];
  sentUntil: Date | null;
  lastError: string | null;
  /** The problem last logged for this service, so a failing feed says so once rather than every tick. */
  logged: string | null;
}

interface FeedRun {
  settings: FeedSettings;
  anchor: Date;
  historyFrom: Date;
  startedAt: Date;
  services: ServiceFeed[];
  abort: AbortController;
  timer: NodeJS.Timeout | null;
  historyLogged: boolean;
  lastSentAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
}

const zero = (): FeedCounts => ({ eventsSent: 0, accepted: 0, duplicates: 0, unknownPatients: 0 });
const sum = (xs: FeedCounts[]): FeedCounts =>
  xs.reduce((t, x) => ({ eventsSent: t.eventsSent + x.eventsSent, accepted: t.accepted + x.accepted, duplicates: t.duplicates + x.duplicates, unknownPatients: t.unknownPatients + x.unknownPatients }), zero());
const n = (v: number): string => v.toLocaleString('en-GB');

/**
 * The programme's engagement feed into Navdesk: on start, `historyWeeks` of history for every
 * service's patients; then, every `trickleEveryMs`, what happened since the last send. A batch
 * Navdesk does not take is sent again on the next tick (eventIds make a resend harmless).
 */
@Injectable()
export class EngagementFeedService implements OnModuleDestroy {
  /** Replaceable in tests. */
  clock: () => Date = () => new Date();
  sendOptions: SendOptions = DEFAULT_SEND_OPTIONS;
  info: (line: string) => void;
  warn: (line: string) => void;

  private run: FeedRun | null = null;
  private sending: Promise<void> = Promise.resolve();

  constructor(@Inject(SIM_CONFIG) config: SimConfig) {
    const write = (line: string) => void process.stdout.write(`${line}\n`);
    const quiet = () => undefined;
    this.info = ['info', 'debug', 'trace'].includes(config.LOG_LEVEL) ? write : quiet;
    this.warn = ['fatal', 'error', 'silent'].includes(config.LOG_LEVEL) ? quiet : write;
  }

  /** Starts (or restarts) the feed; history is sent in the background. */
  start(settings: FeedSettings): FeedStatus {
    this.stop();
    const now = this.clock();
    const run: FeedRun = {
      settings,
      anchor: anchorDay(now),
      historyFrom: new Date(now.getTime() - settings.historyWeeks * WEEK),
      startedAt: now,
      services: settings.services.map((s) => ({ key: s.key, refs: [...new Set(s.patientRefs)], sentUntil: null, lastError: null, logged: null, ...zero() })),
      abort: new AbortController(),
      timer: null,
      historyLogged: false,
      lastSentAt: null,
      lastError: null,
      lastErrorAt: null,
    };
    this.run = run;
    this.sending = this.cycle(run);
    return this.status();
  }

  /**
   * A simulated log-in (the demo page, /simulate): reported to Navdesk at once when the feed covers
   * the patient, as the real programme's feed would. Best effort: false when it could not be sent.
   */
  async reportLogin(ref: string, at: Date, appVersion: string): Promise<boolean> {
    const run = this.run;
    const service = run?.services.find((s) => s.refs.includes(ref));
    if (!run || !service) return false;
    try {
      await sendEngagement(run.settings.navdeskUrl, service.key, [{ eventId: `${ref}-play-login-${at.getTime()}`, patientRef: ref, type: 'login', occurredAt: at.toISOString(), appVersion }], { ...this.sendOptions, attempts: 2 });
      return true;
    } catch (e) {
      this.warn(`could not report the log-in of ${ref} to Navdesk: ${(e as Error).message}`);
      return false;
    }
  }

  stop(): void {
    const run = this.run;
    if (!run) return;
    this.run = null;
    run.abort.abort();
    if (run.timer) clearTimeout(run.timer);
  }

  /** Resolves once the send under way (if any) is over. */
  idle(): Promise<void> {
    return this.sending;
  }

  onModuleDestroy(): Promise<void> {
    this.stop();
    return this.sending;
  }

  status(): FeedStatus {
    const run = this.run;
    if (!run) return { state: 'off', navdeskUrl: null, historyWeeks: null, trickleEveryMs: null, anchor: null, startedAt: null, lastSentAt: null, lastError: null, lastErrorAt: null, services: [], ...zero() };
    const services = run.services.map((s) => ({
      keyHint: `…${s.key.slice(-4)}`,
      patients: s.refs.length,
      historySent: s.sentUntil !== null,
      sentUntil: s.sentUntil?.toISOString() ?? null,
      eventsSent: s.eventsSent,
      accepted: s.accepted,
      duplicates: s.duplicates,
      unknownPatients: s.unknownPatients,
      lastError: s.lastError,
    }));
    return {
      state: run.services.every((s) => s.sentUntil) ? 'trickle' : 'history',
      navdeskUrl: run.settings.navdeskUrl,
      historyWeeks: run.settings.historyWeeks,
      trickleEveryMs: run.settings.trickleEveryMs,
      anchor: run.anchor.toISOString(),
      startedAt: run.startedAt.toISOString(),
      lastSentAt: run.lastSentAt?.toISOString() ?? null,
      lastError: run.lastError,
      lastErrorAt: run.lastErrorAt?.toISOString() ?? null,
      services,
      ...sum(run.services),
    };
  }

  /** One send, then the next one `trickleEveryMs` later (never two at once); nothing here may crash the simulator. */
  private async cycle(run: FeedRun): Promise<void> {
    try {
      await this.sendDue(run);
    } catch (e) {
      this.warn(`Engagement feed: ${(e as Error).message}`);
    }
    if (this.run !== run) return;
    run.timer = setTimeout(() => {
      run.timer = null;
      this.sending = this.cycle(run);
    }, run.settings.trickleEveryMs);
  }

  /** Sends each service's events from where it got to until now, one service after another. */
  private async sendDue(run: FeedRun): Promise<void> {
    const to = this.clock();
    for (const service of run.services) {
      if (this.run !== run) return;
      const from = service.sentUntil ?? run.historyFrom;
      const events = service.refs.flatMap((ref) => generateEngagement(ref, { anchor: run.anchor, from, to }));
      events.sort((a: SimEngagementEvent, b: SimEngagementEvent) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
      const base: FeedCounts = { eventsSent: service.eventsSent, accepted: service.accepted, duplicates: service.duplicates, unknownPatients: service.unknownPatients };
      try {
        await sendEngagement(run.settings.navdeskUrl, service.key, events, { ...this.sendOptions, signal: run.abort.signal }, (t) => {
          Object.assign(service, { eventsSent: base.eventsSent + t.sent, accepted: base.accepted + t.accepted, duplicates: base.duplicates + t.duplicates, unknownPatients: base.unknownPatients + t.unknownPatients });
          run.lastSentAt = this.clock();
        });
        service.sentUntil = to;
        service.lastError = null;
        if (service.logged) this.info(`Engagement feed: Navdesk takes events for key …${service.key.slice(-4)} again`);
        service.logged = null;
      } catch (e) {
        if (this.run !== run) return;
        const message = (e as Error).message;
        service.lastError = message;
        run.lastError = message;
        run.lastErrorAt = this.clock();
        if (service.logged !== message && !run.services.some((s) => s !== service && s.logged === message)) {
          const next = e instanceof FeedRejectedError && e.status === 404 ? 'the feed keeps going and sends once the endpoint answers' : 'the feed will try again';
          this.warn(`Engagement feed: ${message}; ${next} (every ${n(run.settings.trickleEveryMs)} ms)`);
        }
        service.logged = message;
      }
    }
    this.logHistory(run);
  }

  private logHistory(run: FeedRun): void {
    if (run.historyLogged || this.run !== run || !run.services.every((s) => s.sentUntil)) return;
    run.historyLogged = true;
    const t = sum(run.services);
    this.info(
      `Engagement feed: ${run.settings.historyWeeks} weeks of history for ${run.services.length} service(s) sent to ${run.settings.navdeskUrl}: ` +
        `${n(t.eventsSent)} events, ${n(t.accepted)} accepted, ${n(t.duplicates)} duplicates${t.unknownPatients ? `, ${n(t.unknownPatients)} for unknown patients` : ''}; ` +
        `then new events every ${n(run.settings.trickleEveryMs)} ms`,
    );
  }
}
