/**
 * A small badge under a field, with one action button. It lives in its own shadow root appended to <body> and
 * positioned over the page, rather than next to the input: inserting nodes inside a React/Angular-managed subtree
 * can break the framework's reconciliation, and the shadow root keeps the page's CSS off the badge.
 */
export interface BadgeSpec {
  kind: 'filled' | 'suggestion';
  text: string;
  actionLabel: string;
  onAction: () => void;
}

const TONES: Record<BadgeSpec['kind'], string> = {
  filled: 'background:#e6f4ea;color:#0b3d1a;border:1px solid #1a7f37',
  suggestion: 'background:#fff4e5;color:#4a2c00;border:1px solid #b26a00',
};

function badgeHost(doc: Document, spec: BadgeSpec): HTMLElement {
  const host = doc.createElement('clearlane-badge');
  host.setAttribute(spec.kind === 'filled' ? 'data-clearlane-mark' : 'data-clearlane-suggestion', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host{position:absolute;z-index:2147483646;font:12px/1.4 system-ui,sans-serif;${TONES[spec.kind]};
    border-radius:4px;padding:1px 6px;display:flex;gap:6px;max-width:420px}
    button{font:inherit;cursor:pointer;border:0;background:none;color:#0b57d0;text-decoration:underline;padding:0}`;
  const label = doc.createElement('span');
  label.textContent = spec.text;
  const action = doc.createElement('button');
  action.type = 'button';
  action.textContent = spec.actionLabel;
  action.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    spec.onAction();
  });
  root.append(style, label, action);
  return host;
}

/** The badge currently shown for each field: a field has at most one (a later pass replaces it). */
const shown = new WeakMap<HTMLElement, () => void>();

/** Shows the badge under `el`, following scroll and resize; returns the function that removes it. */
export function showBadge(el: HTMLElement, spec: BadgeSpec): () => void {
  shown.get(el)?.();
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  const host = badgeHost(doc, spec);
  doc.body.append(host);
  const place = (): void => {
    if (!el.isConnected) return remove();
    const rect = el.getBoundingClientRect();
    host.style.top = `${rect.bottom + (view?.scrollY ?? 0) + 2}px`;
    host.style.left = `${rect.left + (view?.scrollX ?? 0)}px`;
  };
  function remove(): void {
    view?.removeEventListener('scroll', place, true);
    view?.removeEventListener('resize', place);
    host.remove();
    if (shown.get(el) === remove) shown.delete(el);
  }
  shown.set(el, remove);
  place();
  view?.addEventListener('scroll', place, true);
  view?.addEventListener('resize', place);
  return remove;
}
