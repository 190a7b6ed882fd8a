import { BADGE_CSS } from './styles';
import { describeBadge, type BadgeState } from './state';

export interface BadgeOptions {
  /** Where the badge goes relative to the anchor (the product-name field): after it, or inside at the end. */
  placement?: 'after' | 'append';
  /** Shows "Hide on this site" in the panel; the caller stores the choice and destroys the badge. */
  onHideSite?: () => void;
}

export interface BadgeHandle {
  update(state: BadgeState): void;
  destroy(): void;
  /** The element placed in the page, marked `data-clearlane` so the SPA watcher ignores its mutations. */
  readonly host: HTMLElement;
}

interface Parts {
  button: HTMLButtonElement;
  panel: HTMLElement;
  heading: HTMLElement;
  list: HTMLUListElement;
}

function build(doc: Document, shadow: ShadowRoot, options: BadgeOptions, close: () => void): Parts {
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'badge';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'clearlane-panel');
  const panel = doc.createElement('div');
  panel.id = 'clearlane-panel';
  panel.className = 'panel';
  panel.hidden = true;
  const heading = doc.createElement('h2');
  const list = doc.createElement('ul');
  panel.append(heading, list);
  if (options.onHideSite) {
    const actions = doc.createElement('div');
    actions.className = 'actions';
    const hide = doc.createElement('button');
    hide.type = 'button';
    hide.textContent = 'Hide on this site';
    const onHideSite = options.onHideSite;
    hide.addEventListener('click', () => {
      close();
      onHideSite();
    });
    actions.append(hide);
    panel.append(actions);
  }
  shadow.append(style, button, panel);
  return { button, panel, heading, list };
}

/** Page text (flag keywords, ruling descriptions) is set as text only, never parsed as HTML. */
function render(parts: Parts, state: BadgeState, doc: Document): void {
  const view = describeBadge(state);
  parts.button.textContent = view.label;
  parts.button.setAttribute('aria-label', view.ariaLabel);
  if (view.tier) parts.button.dataset.tier = view.tier;
  else delete parts.button.dataset.tier;
  parts.heading.textContent = view.heading;
  parts.list.replaceChildren(
    ...view.reasons.map((reason) => {
      const item = doc.createElement('li');
      item.textContent = reason;
      return item;
    }),
  );
}

function place(host: HTMLElement, anchor: Element, placement: BadgeOptions['placement']): void {
  if (!anchor.isConnected) return;
  if (placement === 'append') anchor.append(host);
  else anchor.after(host);
}

/**
 * Mounts the in-page badge next to the product name. Plain DOM in a shadow root, so no framework is bundled
 * into the content script and no style leaks either way. Keyboard: the badge is a real button (Enter/Space),
 * `aria-expanded` tracks the panel, Escape closes it and returns focus. If the anchor has already been
 * removed by a re-render, the badge stays detached and every call is a safe no-op for the page.
 */
export function mountBadge(anchor: Element, state: BadgeState, options: BadgeOptions = {}): BadgeHandle {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('span');
  host.setAttribute('data-clearlane', 'badge');
  const shadow = host.attachShadow({ mode: 'open' });
  const setOpen = (open: boolean): void => {
    parts.panel.hidden = !open;
    parts.button.setAttribute('aria-expanded', String(open));
  };
  const close = (): void => {
    setOpen(false);
    parts.button.focus();
  };
  const parts = build(doc, shadow, options, close);
  parts.button.addEventListener('click', () => setOpen(parts.panel.hidden));
  shadow.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Escape' && !parts.panel.hidden) close();
  });
  // Keys and clicks inside the badge are ClearLane's; the page's own shortcuts and click-outside handlers
  // (Shopee closes its dropdowns on any document click) must not react to them.
  for (const type of ['keydown', 'keyup', 'keypress', 'click', 'mousedown']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  // A click anywhere else on the page closes the panel (clicks inside never reach the document, see above).
  const listeners = new AbortController();
  doc.addEventListener('click', () => setOpen(false), { signal: listeners.signal });
  render(parts, state, doc);
  try {
    place(host, anchor, options.placement);
  } catch {
    // The anchor's parent may reject children (a replaced or detached node); the badge then stays detached.
  }
  let destroyed = false;
  return {
    host,
    update(next: BadgeState) {
      if (!destroyed) render(parts, next, doc);
    },
    destroy() {
      destroyed = true;
      listeners.abort();
      host.remove();
    },
  };
}
