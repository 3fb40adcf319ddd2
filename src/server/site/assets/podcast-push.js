/*
 * The homepage's "Get the free podcast notification": a visitor's browser is subscribed by Web Push, with
 * nothing asked of them but the browser's own permission, and one more tap turns it off. Without this
 * script (or without push in the browser) the button stays hidden and the page is whole.
 */
const box = document.querySelector('[data-podcast-push]');
const button = box?.querySelector('button');
const status = box?.querySelector('[data-podcast-push-status]');
// Which subscription is the visitor's own: a member's browser may hold one for the app as well.
const MINE = 'backstrong.visitor-push-endpoint';
// The app's record of a member's push on this browser (src/web/push/push-choices.ts). A browser has one
// push subscription for this site, and the server keeps it the member's, so a visitor's subscription made
// here would never hear of episodes (that is the member's "New episode and article" setting), and stopping
// it would end the member's notifications on this browser.
const APP_PUSH = 'backstrong.push-subscription-id';
const APP_PUSH_WORDS =
  'This browser already gets Backstrong’s notifications for your account. For new episodes, turn on “New episode and article” in the app’s Notifications.';
const HOME_SCREEN =
  'On an iPhone or iPad, add this site to your Home Screen first (Share, then “Add to Home Screen”), and open it from there.';

function say(text) {
  if (status) status.textContent = text;
}

function keyBytes(base64url) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const text = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

function isAppleMobile() {
  return (
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (navigator.userAgent.includes('Macintosh') && navigator.maxTouchPoints > 1)
  );
}

async function registration() {
  const existing = await navigator.serviceWorker.getRegistration('/');
  if (!existing) await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  return navigator.serviceWorker.ready;
}

async function postJson(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

function isAppPushHere() {
  try {
    return JSON.parse(localStorage.getItem(APP_PUSH) ?? 'null') !== null;
  } catch {
    return false;
  }
}

async function mySubscription() {
  if (isAppPushHere()) return null;
  const found = await navigator.serviceWorker.getRegistration('/');
  const subscription = await found?.pushManager.getSubscription();
  return subscription && subscription.endpoint === localStorage.getItem(MINE) ? subscription : null;
}

function show(isOn) {
  if (!button) return;
  button.textContent = isOn ? 'Stop the podcast notification' : 'Get the free podcast notification';
}

async function turnOn() {
  if (isAppPushHere()) {
    say(APP_PUSH_WORDS);
    return;
  }
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    say('Notifications are blocked for this site in your browser. You can allow them in its site settings.');
    return;
  }
  const keyResponse = await fetch('/api/push/key', { headers: { accept: 'application/json' } });
  if (!keyResponse.ok) throw new Error('no push key');
  const { publicKey } = await keyResponse.json();
  const ready = await registration();
  const subscription = await ready.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(publicKey),
  });
  await postJson('/api/publication/push-subscriptions', subscription.toJSON());
  localStorage.setItem(MINE, subscription.endpoint);
  show(true);
  say('Done: your browser will tell you when a new episode is out. Tap again to stop.');
}

async function turnOff(subscription) {
  await postJson('/api/publication/push-subscriptions/end', { endpoint: subscription.endpoint });
  await subscription.unsubscribe();
  localStorage.removeItem(MINE);
  show(false);
  say('Stopped. You will not hear from us on this browser.');
}

async function start() {
  if (!box || !button) return;
  const canPush = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  if (!canPush) {
    if (isAppleMobile()) {
      box.hidden = false;
      button.hidden = true;
      say(HOME_SCREEN);
    }
    return;
  }
  show((await mySubscription()) !== null);
  box.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    say('');
    try {
      const subscription = await mySubscription();
      if (subscription) await turnOff(subscription);
      else await turnOn();
    } catch {
      say('Your browser could not reach its notification service just now. Please try again later.');
    } finally {
      button.disabled = false;
    }
  });
}

void start();
