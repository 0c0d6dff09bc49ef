import { expect, test, type Locator, type Page } from '@playwright/test';
import { ROLES, type Role } from '@navdesk/contracts';
import { seriousAxeFindings } from './support/axe';
import { consoleRoutePaths } from './support/console-routes';
import { DEMO_USERS } from './support/demo-users';
import { detailIdsFor, NO_DETAIL_IDS, type DetailIds } from './support/detail-ids';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

/**
 * axe finds nothing serious or critical on any page of the console, for every role, on the demo's data
 * (a navigator back from leave with 99+ unread notifications, open flags, breached tickets): every
 * navigation entry, every tab, one detail page of each kind, and the bell's panel. The first test fails
 * naming any route of the console's route files that no role visits here, so a new page cannot be forgotten.
 */

interface Visit {
  /** The route as the route files spell it ('/tickets/:id'). */
  route: string;
  /** Where to go, when not the route itself (detail pages, a fragment). */
  url?: (ids: DetailIds) => string;
  /** What shows once the page has its content, beyond its heading and the end of its loading lines. */
  ready?: (page: Page) => Locator;
}

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name });
const table = (name: string) => (page: Page) => page.getByRole('table', { name });

/** Pages every signed-in person can reach. */
const EVERYONE: Visit[] = [
  { route: '/account/password', ready: (p) => p.getByLabel('Current password') },
  { route: '/not-allowed', ready: heading('You are not allowed to see this page') },
  { route: '/**', url: () => '/no-such-page', ready: heading('Page not found') },
];

const KB: Visit[] = [
  { route: '/kb', ready: (p) => p.getByRole('main').getByRole('heading', { level: 2 }) },
  { route: '/kb/:id', url: (ids) => `/kb/${ids.kbArticle}` },
];

const PAGES: Record<Role, Visit[]> = {
  admin: [
    { route: '/', ready: heading(/^Welcome, /) },
    { route: '/admin/users', ready: table('Users') },
    { route: '/admin/users/new', ready: (p) => p.getByLabel('E-mail') },
    { route: '/admin/users/:id', url: (ids) => `/admin/users/${ids.user}` },
    { route: '/admin/services', ready: table('Services') },
    { route: '/admin/triage-rules', ready: heading('Triage rules') },
    { route: '/admin/failed-jobs', ready: heading('Failed jobs') },
    { route: '/admin/outbox' },
    { route: '/admin/schedules', ready: table('Schedules') },
    ...KB,
    ...EVERYONE,
  ],
  navigator: [
    { route: '/', ready: heading(/^Welcome, /) },
    { route: '/triage', ready: (p) => p.getByRole('list', { name: 'Ticket queue' }) },
    { route: '/tickets/:id', url: (ids) => `/tickets/${ids.ticket}`, ready: (p) => p.getByRole('list', { name: 'Timeline' }) },
    { route: '/resets', ready: table('Log-in resets') },
    { route: '/flags', ready: table('Flags') },
    { route: '/tailoring' },
    { route: '/incidents', ready: table('Incidents') },
    { route: '/incidents/:id', url: (ids) => `/incidents/${ids.incident}` },
    { route: '/patients', ready: table('Caseload') },
    { route: '/patients/:ref', url: (ids) => `/patients/${ids.patient}`, ready: (p) => p.getByTestId('patient-summary') },
    { route: '/patients/:ref/brief', url: (ids) => `/patients/${ids.patient}/brief`, ready: (p) => p.getByTestId('brief').or(p.getByTestId('brief-not-available')) },
    { route: '/training', ready: table('Past training sessions') },
    { route: '/training/topics', ready: heading('Question topics') },
    { route: '/training/coverage', ready: heading('Coverage') },
    { route: '/training/catalogue', ready: table('Training catalogue') },
    { route: '/training/sessions/:id', url: (ids) => `/training/sessions/${ids.trainingSession}`, ready: (p) => p.getByRole('table') },
    { route: '/reports', ready: heading('Usability trends') },
    { route: '/reports/outcomes', ready: (p) => p.getByTestId('outcomes-previous') },
    { route: '/reports/vendor-pack', ready: (p) => p.getByTestId('vendor-burden') },
    ...KB,
    { route: '/kb/new', ready: heading('New article') },
    { route: '/raise', ready: (p) => p.getByLabel('Title') },
    { route: '/my-issues' },
    ...EVERYONE,
  ],
  pwp: [
    { route: '/', ready: (p) => p.getByRole('region', { name: "Today's briefs" }) },
    { route: '/raise', ready: (p) => p.getByLabel('Title') },
    { route: '/my-issues', ready: table('My issues') },
    { route: '/tickets/:id', url: (ids) => `/tickets/${ids.ticket}`, ready: (p) => p.getByRole('list', { name: 'Timeline' }) },
    { route: '/patients', ready: table('Caseload') },
    { route: '/patients/:ref', url: (ids) => `/patients/${ids.patient}`, ready: (p) => p.getByTestId('patient-summary') },
    { route: '/patients/:ref/brief', url: (ids) => `/patients/${ids.patient}/brief`, ready: (p) => p.getByTestId('brief').or(p.getByTestId('brief-not-available')) },
    { route: '/training', ready: heading('Training') },
    { route: '/tailoring' },
    ...KB,
    ...EVERYONE,
  ],
  manager: [
    { route: '/', ready: heading('This week against last week') },
    { route: '/reports', ready: heading('Usability trends') },
    { route: '/reports/outcomes', ready: (p) => p.getByTestId('outcomes-previous') },
    { route: '/reports/vendor-pack', ready: (p) => p.getByTestId('vendor-burden') },
    { route: '/incidents', ready: table('Incidents') },
    { route: '/incidents/:id', url: (ids) => `/incidents/${ids.incident}` },
    { route: '/tickets/:id', url: (ids) => `/tickets/${ids.ticket}` },
    ...KB,
    ...EVERYONE,
  ],
};

const SIGNED_OUT: Visit[] = [
  { route: '/sign-in', ready: (p) => p.getByLabel('E-mail') },
  { route: '/forgot-password', ready: (p) => p.getByLabel('E-mail') },
  // A link from the e-mail: the form shows until the token is tried.
  { route: '/reset-password', url: () => '/reset-password#token=a-link-from-the-e-mail', ready: (p) => p.getByRole('button', { name: 'Set password' }) },
  // Without a one-time code the landing sends the person back to sign in, saying why.
  { route: '/sign-in/sso', ready: (p) => p.getByLabel('E-mail') },
];

/** Routes no one lands on, and why. */
const NOT_VISITED: Record<string, string> = {
  '/admin': 'redirects to /admin/users',
  '/tickets': 'redirects to /my-issues',
};

/** The page's heading is shown and nothing is still loading. */
async function settle(page: Page, visit: Visit, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first(), name).toBeVisible();
  if (visit.ready) await expect(visit.ready(page).first(), name).toBeVisible();
  await expect(page.locator('nd-loading-indicator'), name).toHaveCount(0);
  await expect(page.getByText('Loading…', { exact: true }), name).toHaveCount(0);
}

async function scan(page: Page, name: string): Promise<void> {
  // Soft: one run names every page with findings, not only the first.
  expect.soft(await seriousAxeFindings(page), name).toEqual([]);
}

async function visitAll(page: Page, who: string, visits: readonly Visit[], ids: DetailIds): Promise<void> {
  for (const visit of visits) {
    const url = visit.url?.(ids) ?? visit.route;
    const name = `${who} ${url}`;
    await page.goto(url);
    await settle(page, visit, name);
    // A page that could not load its data is a failure of its own, whatever axe says.
    await expect(page.locator('nd-error-banner'), `${name} shows an error`).toHaveCount(0);
    await scan(page, name);
  }
}

/** The bell's panel, open, with its notifications loaded. */
async function scanBell(page: Page, who: string): Promise<void> {
  await page.getByTestId('notifications-bell').click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByText('Loading…')).toHaveCount(0);
  // Within the menu, "Mark all read" is a menu item the arrow keys reach, not a button they skip.
  await expect(menu.getByRole('menuitem', { name: 'Mark all read' })).toBeVisible();
  await scan(page, `${who} notifications panel`);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
}

test('every route of the console is visited by some role here', () => {
  const routes = consoleRoutePaths();
  const visited = new Set([...SIGNED_OUT, ...Object.values(PAGES).flat()].map((v) => v.route));
  expect(routes.filter((r) => !visited.has(r) && !(r in NOT_VISITED)), 'routes no role visits: add them to PAGES, or to NOT_VISITED with the reason').toEqual([]);
  expect([...visited, ...Object.keys(NOT_VISITED)].filter((r) => !routes.includes(r)), 'visits of routes that no longer exist').toEqual([]);
});

test('signed out: sign-in, forgotten password, reset link and the single sign-on landing pass axe', async ({ page }) => {
  for (const visit of SIGNED_OUT) {
    const url = visit.url?.(NO_DETAIL_IDS) ?? visit.route;
    await page.goto(url);
    await settle(page, visit, `signed out ${url}`);
    await scan(page, `signed out ${url}`);
  }
});

for (const role of ROLES) {
  test(`${role}: every page and the notifications panel pass axe`, async ({ page }) => {
    // Up to 27 pages, each loaded and scanned in 2 to 3 s on a quiet machine (80 s for the navigator); room for a busy one.
    test.setTimeout(300_000);
    const ids = await detailIdsFor(role);
    await signInAs(page, DEMO_USERS[role]);
    if (role === 'navigator') {
      // Back from leave: over 99 unread, shown as "99+", and the button's name says what it shows.
      const bell = page.getByTestId('notifications-bell');
      await expect(bell).toHaveAccessibleName('Notifications, 99+ unread');
      await expect(bell).toContainText('99+');
      await screenshot(page, 'navigator-bell-99-plus');
    }
    await scanBell(page, role);
    await visitAll(page, role, PAGES[role], ids);
  });
}
