/**
 * Keeps the phone's screen on while the remote is open (Screen Wake Lock API), so a glance at the
 * notes during a role-play does not start with unlocking the phone. Taken again when the page
 * becomes visible (the browser releases it when the page is hidden); where the API is missing or
 * refused, the screen locks as usual.
 */
type WakeLockSentinel = { release(): Promise<void> };
type WakeLockApi = { request(type: 'screen'): Promise<WakeLockSentinel> };

export function keepScreenOn(): () => void {
  const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
  if (!wakeLock) return () => {};
  let sentinel: WakeLockSentinel | null = null;
  const take = () => {
    if (document.visibilityState !== 'visible') return;
    wakeLock.request('screen').then((taken) => (sentinel = taken), () => {});
  };
  document.addEventListener('visibilitychange', take);
  take();
  return () => {
    document.removeEventListener('visibilitychange', take);
    void sentinel?.release();
  };
}
