import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

const origin = window.location.origin;

// Authorization code + PKCE with the public client gateway-admin; the refresh token renews the 10-minute access
// token before it runs out. Tokens live in this tab's sessionStorage only.
export const userManager = new UserManager({
  authority: origin,
  client_id: 'gateway-admin',
  redirect_uri: `${origin}/admin/callback`,
  post_logout_redirect_uri: `${origin}/admin/`,
  response_type: 'code',
  scope: 'openid gateway offline_access',
  automaticSilentRenew: true,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

let current: User | null = null;
userManager.events.addUserLoaded((user) => {
  current = user;
});
userManager.events.addUserUnloaded(() => {
  current = null;
});

export async function loadUser(): Promise<User | null> {
  const user = await userManager.getUser();
  current = user && !user.expired ? user : null;
  if (user && user.expired && user.refresh_token) {
    try {
      current = await userManager.signinSilent();
    } catch {
      await userManager.removeUser();
      current = null;
    }
  }
  return current;
}

export function accessToken(): string | undefined {
  return current?.access_token;
}

/** The signed-in user's subject (their account's id), which names what the page remembers for them. */
export function currentSubject(): string {
  return current?.profile.sub ?? 'anonymous';
}

/** Where to come back to after signing in: the deep link the user opened. */
export function signIn(returnTo = window.location.pathname + window.location.search) {
  return userManager.signinRedirect({ state: returnTo });
}

export function signOut() {
  return userManager.signoutRedirect({ id_token_hint: current?.id_token });
}

// Sessions idle for 30 minutes end (MLPS level 3 / CJIS), here as on the server's sign-in cookie.
export const idleLimitMs = 30 * 60 * 1000;

export function watchIdle(onIdle: () => void): () => void {
  let last = Date.now();
  const touch = () => {
    last = Date.now();
  };
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  events.forEach((e) => window.addEventListener(e, touch, { passive: true }));
  const timer = window.setInterval(() => {
    if (Date.now() - last >= idleLimitMs) onIdle();
  }, 15_000);
  return () => {
    events.forEach((e) => window.removeEventListener(e, touch));
    window.clearInterval(timer);
  };
}
