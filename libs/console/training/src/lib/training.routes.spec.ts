import { provideHttpClient, withXhr } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  MemoryStorage,
  SESSION_STORAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import type { Role } from '@navdesk/contracts';
import { trainingRoutes } from './training.routes';

/** The title of the deepest route matched at `url` for someone with `role`. */
async function titleAt(role: Role, url: string): Promise<string | undefined> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'training', children: trainingRoutes }]),
      provideHttpClient(withXhr()),
      provideHttpClientTesting(),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
    ],
  });
  TestBed.inject(SessionStore).start({
    accessToken: 'token-1',
    expiresIn: 900,
    user: {
      id: 'u-1',
      email: `${role}@navdesk.test`,
      name: 'Sam Smith',
      role,
      serviceIds: ['s-1'],
    },
  });
  const router = TestBed.inject(Router);
  await router.navigateByUrl(url);
  let route = router.routerState.snapshot.root;
  while (route.firstChild) route = route.firstChild;
  return route.title;
}

describe('trainingRoutes', () => {
  afterEach(() => TestBed.inject(SessionStore).clear());

  it.each<[Role, string, string]>([
    ['pwp', '/training', 'Training'],
    ['navigator', '/training', 'Training schedule'],
    ['navigator', '/training/topics', 'Question topics'],
    ['navigator', '/training/coverage', 'Training coverage'],
    ['navigator', '/training/catalogue', 'Training catalogue'],
    ['navigator', '/training/sessions/ts-1', 'Training session'],
  ])('a %s at %s sees “%s”', async (role, url, title) => {
    expect(await titleAt(role, url)).toBe(title);
  });

  it('keeps PWPs out of the navigators’ tabs', async () => {
    await expect(titleAt('pwp', '/training/topics')).rejects.toThrow(
      /Cannot match any routes/,
    );
  });
});
