import type { DouyinRules } from '../../../shared/connectors/douyin';
import { ActionResult } from '../../../shared/protocol/source';

/**
 * What LiveDeck does on the console page, as scripts run in the page (Playwright `page.evaluate`,
 * Electron `webContents.executeJavaScript`): click the product's 讲解 button; fill the comment box,
 * set 置顶, click send; read whether the user is logged in. Selectors come from DouyinRules
 * (assets/connectors/douyin.json). Each action waits for the page's answer: its state changing
 * (the button now says 取消讲解, the comment box emptied) or a message it shows (its text comes
 * back, e.g. 当前用户未开播).
 */

/** Runs a script in the page and resolves to its (JSON) value. */
export interface PageEval {
  evaluate(script: string): Promise<unknown>;
}

/**
 * The page's message toasts (auxo = the console's UI kit). UNVERIFIED against a real account; it
 * belongs in douyin.json's selectors once the data file carries it.
 */
export const TOAST_SELECTOR = '.auxo-message-notice-content, .auxo-message .auxo-message-custom-content, [role=alert]';
/** How long an action waits for the page's answer in the page. */
export const PAGE_ANSWER_MS = 4000;

type Selectors = DouyinRules['selectors'];

/** Shared in-page helpers: close blocking modals, wait for a toast or a condition. */
const PRELUDE = `
const S = __SEL__;
const TOAST = __TOAST__;
const WAIT = __WAIT__;
const txt = (el) => (el && el.textContent || '').trim();
const closeOverlays = () => { for (const q of S.overlayClose) document.querySelectorAll(q).forEach((b) => b.click()); };
const toastsNow = () => new Set(document.querySelectorAll(TOAST));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function answer(before, done) {
  const until = Date.now() + WAIT;
  while (Date.now() < until) {
    await sleep(50);
    if (done()) return { ok: true, code: 'done' };
    const toast = [...document.querySelectorAll(TOAST)].find((t) => !before.has(t) && txt(t));
    if (toast) {
      await sleep(150);
      const pageText = txt(toast).slice(0, 200);
      return done() ? { ok: true, code: 'done', pageText } : { ok: false, code: 'page_error', pageText };
    }
  }
  return { ok: false, code: 'timeout' };
}
`;

function script(sel: Selectors, body: string, params: Record<string, unknown>, waitMs: number): string {
  // Replacer functions: a `$` in a selector must not read as a replacement pattern.
  const prelude = PRELUDE.replace('__SEL__', () => JSON.stringify(sel)).replace('__TOAST__', () => JSON.stringify(TOAST_SELECTOR))
    .replace('__WAIT__', () => String(waitMs));
  const args = Object.entries(params).map(([k, v]) => `const ${k} = ${JSON.stringify(v)};`).join('\n');
  return `(async () => {\n${prelude}\n${args}\n${body}\n})()`;
}

const EXPLAIN = `
closeOverlays();
const itemOf = () => [...document.querySelectorAll(S.productItem)].find((it) => {
  const el = it.querySelector(S.productIdInItem);
  const v = el ? String(('value' in el && el.value) || el.textContent || '').trim() : '';
  return v === SHOP_ID;
});
const buttonOf = () => {
  const it = itemOf();
  return it ? [...it.querySelectorAll(S.explainButton)].find((b) => txt(b) === S.explainText || txt(b) === S.cancelExplainText) : undefined;
};
const btn = buttonOf();
if (!btn) return { ok: false, code: 'not_found' };
if (txt(btn) === S.cancelExplainText) return { ok: true, code: 'done' };
const before = toastsNow();
btn.click();
return answer(before, () => txt(buttonOf()) === S.cancelExplainText);
`;

const REPLY = `
closeOverlays();
const input = document.querySelector(S.commentInput);
const send = document.querySelector(S.sendButton);
if (!input || !send) return { ok: false, code: 'not_found' };
const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
Object.getOwnPropertyDescriptor(proto, 'value').set.call(input, TEXT);
input.dispatchEvent(new Event('input', { bubbles: true }));
input.dispatchEvent(new Event('change', { bubbles: true }));
const pin = document.querySelector(S.pinToggle);
if (PIN && !pin) return { ok: false, code: 'not_found' };
if (pin) {
  const box = pin.querySelector('input[type=checkbox]');
  const on = box ? box.checked : pin.getAttribute('aria-checked') === 'true';
  if (on !== PIN) pin.click();
}
const before = toastsNow();
send.click();
return answer(before, () => (input.value || '') === '');
`;

const LOGGED_IN = `return !!(document.querySelector(S.loggedIn) || document.querySelector(S.compassLoggedIn));`;

/** Switch 讲解 to the product with this shop product id (already explaining: done, never toggled off). */
export const explainScript = (sel: Selectors, shopProductId: string, waitMs = PAGE_ANSWER_MS) => script(sel, EXPLAIN, { SHOP_ID: shopProductId }, waitMs);
/** Post one line to the public screen, 置顶 on or off. */
export const replyScript = (sel: Selectors, text: string, pin: boolean, waitMs = PAGE_ANSWER_MS) => script(sel, REPLY, { TEXT: text, PIN: pin }, waitMs);
/** Whether the page shows the logged-in marker. */
export const loggedInScript = (sel: Selectors) => script(sel, LOGGED_IN, {}, 0);

/** The show's product id → the shop's product id the page shows (`dy:<id>` for products the show did not know). */
export const shopProductIdOf = (productId: string): string => (productId.startsWith('dy:') ? productId.slice(3) : productId);

/** Run an action script; a page that throws or answers nonsense is a failure, never a crash. */
export async function runAction(page: PageEval, code: string): Promise<ActionResult> {
  try {
    const r = ActionResult.safeParse(await page.evaluate(code));
    return r.success ? r.data : { ok: false, code: 'failed' };
  } catch {
    return { ok: false, code: 'failed' };
  }
}

/** The page's actions behind the SourceActions interface. */
export function pageActions(page: PageEval, rules: DouyinRules, waitMs = PAGE_ANSWER_MS) {
  return {
    explain: (productId: string) => runAction(page, explainScript(rules.selectors, shopProductIdOf(productId), waitMs)),
    reply: (text: string, opts: { pin: boolean }) => runAction(page, replyScript(rules.selectors, text, opts.pin, waitMs)),
    async loggedIn(): Promise<boolean> {
      try {
        return (await page.evaluate(loggedInScript(rules.selectors))) === true;
      } catch {
        return false;
      }
    },
  };
}
