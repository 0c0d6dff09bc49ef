import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { PROGRAMME_MODULE_IDS, type NotificationSettings, type PasswordResetReceipt, type ProgrammeAccount, type ProgrammePlanChange } from '@navdesk/contracts';

const DEVICES = ['iPhone 13 (iOS 18)', 'Samsung Galaxy A54 (Android 15)', 'Pixel 7 (Android 16)', 'iPhone SE (iOS 17)', 'Moto g84 (Android 14)'];
const VERSIONS = ['4.2.1', '4.3.0', '4.3.0', '4.3.1'];
export const PATIENT_REF = /^P-[A-Z0-9]{4,12}$/;

interface AccountState extends ProgrammeAccount {
  resets: PasswordResetReceipt[];
  /** Plan changes already made, by request id (a retried call changes the plan once). */
  planChanges: ProgrammePlanChange[];
}

/** The modules services usually make mandatory: every account's plan until it is tailored. */
export const DEFAULT_MODULE_PLAN = PROGRAMME_MODULE_IDS.slice(0, 4);

/**
 * The programme's accounts, in memory. Any well-formed ref has an account: it is made on first use
 * from the ref itself, so the simulator agrees with whatever register Navdesk holds.
 */
@Injectable()
export class AccountsStore {
  private readonly accounts = new Map<string, AccountState>();

  get(ref: string, now = new Date()): AccountState {
    let account = this.accounts.get(ref);
    if (!account) {
      const h = createHash('sha256').update(ref).digest();
      const daysAgo = (h[0] ?? 0) % 10;
      account = {
        patientRef: ref,
        status: (h[1] ?? 0) % 7 === 0 ? 'locked' : 'active',
        lastLoginAt: new Date(now.getTime() - daysAgo * 86_400_000 - ((h[2] ?? 0) % 24) * 3_600_000).toISOString(),
        appVersion: VERSIONS[(h[3] ?? 0) % VERSIONS.length] as string,
        device: DEVICES[(h[4] ?? 0) % DEVICES.length] as string,
        notificationSettings: { reminderFrequency: 'daily', quietHours: null },
        modulePlan: [...DEFAULT_MODULE_PLAN],
        resets: [],
        planChanges: [],
      };
      this.accounts.set(ref, account);
    }
    return account;
  }

  view(ref: string): ProgrammeAccount {
    const { resets: _resets, planChanges: _changes, ...account } = this.get(ref);
    return { ...account, modulePlan: [...account.modulePlan] };
  }

  /** Records that a link was sent; the same request id twice sends once. */
  reset(ref: string, requestId: string, channel: 'email' | 'sms', now = new Date()): { receipt: PasswordResetReceipt; duplicate: boolean } {
    const account = this.get(ref, now);
    const earlier = account.resets.find((r) => r.requestId === requestId);
    if (earlier) return { receipt: earlier, duplicate: true };
    const receipt = { requestId, channel, sentAt: now.toISOString() };
    account.resets.push(receipt);
    return { receipt, duplicate: false };
  }

  /** Accounts that were sent a reset link, most recent first (the demo page). */
  recentlyReset(limit = 50): (ProgrammeAccount & { resets: PasswordResetReceipt[] })[] {
    const latest = (a: AccountState) => a.resets[a.resets.length - 1]?.sentAt ?? '';
    return [...this.accounts.values()]
      .filter((a) => a.resets.length > 0)
      .sort((a, b) => latest(b).localeCompare(latest(a)))
      .slice(0, limit)
      .map((a) => ({ ...a, resets: [...a.resets] }));
  }

  resetsOf(ref: string): PasswordResetReceipt[] {
    return [...this.get(ref).resets];
  }

  setNotifications(ref: string, settings: NotificationSettings): ProgrammeAccount {
    this.get(ref).notificationSettings = settings;
    return this.view(ref);
  }

  /** Skips, replaces or adds a module; the same request id twice changes the plan once. */
  changePlan(ref: string, change: ProgrammePlanChange): { account: ProgrammeAccount; duplicate: boolean } {
    const account = this.get(ref);
    if (account.planChanges.some((c) => c.requestId === change.requestId)) return { account: this.view(ref), duplicate: true };
    const plan = account.modulePlan;
    if (change.action === 'skip') account.modulePlan = plan.filter((m) => m !== change.moduleId);
    else if (change.action === 'add') account.modulePlan = plan.includes(change.moduleId) ? plan : [...plan, change.moduleId];
    else account.modulePlan = [...new Set(plan.map((m) => (m === change.moduleId ? (change.replacementModuleId ?? m) : m)))];
    account.planChanges.push({ ...change });
    return { account: this.view(ref), duplicate: false };
  }

  planChangesOf(ref: string): ProgrammePlanChange[] {
    return [...this.get(ref).planChanges];
  }

  /** The patient logs in: the account unlocks and its last log-in moves to now. */
  login(ref: string, now = new Date()): ProgrammeAccount {
    const account = this.get(ref, now);
    account.status = 'active';
    account.lastLoginAt = now.toISOString();
    return this.view(ref);
  }
}
