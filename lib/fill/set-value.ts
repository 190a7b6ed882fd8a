import type { TextField } from './dom';

type ValueTracker = { setValue(value: string): void };

/**
 * The value setter of the element's own prototype. React (and some other libraries) define an instance-level
 * `value` property that records what was written; calling the prototype setter bypasses that record, which is
 * what makes the page notice the change (target-pages.md A.0, measured in Chromium with React).
 */
function nativeSetter(el: TextField): (value: string) => void {
  const view = el.ownerDocument.defaultView;
  const proto =
    el.tagName === 'TEXTAREA'
      ? view?.HTMLTextAreaElement.prototype
      : el.tagName === 'SELECT'
        ? view?.HTMLSelectElement.prototype
        : view?.HTMLInputElement.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  return setter
    ? (value) => setter.call(el, value)
    : (value) => {
        el.value = value;
      };
}

/**
 * React's `_valueTracker` swallows the input event when its record already equals the new value (for instance
 * after an earlier plain `el.value =`), so the record is set to something else before the event. Not visible
 * from an isolated world, where it is not needed: there the record was never updated by our write.
 */
function resetTracker(el: TextField, value: string): void {
  const tracker = (el as TextField & { _valueTracker?: ValueTracker })._valueTracker;
  if (tracker && typeof tracker.setValue === 'function') tracker.setValue(value === '' ? ' ' : '');
}

export function dispatch(el: Element, type: string, init: EventInit = { bubbles: true }): void {
  const view = el.ownerDocument.defaultView;
  const EventCtor = view?.Event ?? Event;
  el.dispatchEvent(new EventCtor(type, init));
}

/** Writes the value and fires the events React, Vue (also v-model.lazy) and Angular forms listen to. */
export function writeValue(el: TextField, value: string): void {
  el.focus();
  nativeSetter(el)(value);
  resetTracker(el, value);
  dispatch(el, 'input');
  dispatch(el, 'change');
  el.blur();
  dispatch(el, 'focusout');
}

/** Writes without change/blur: one keystroke of typing into an autocomplete, whose list reacts to `input`. */
export function typeValue(el: TextField, value: string, key: string): void {
  const view = el.ownerDocument.defaultView;
  const KeyCtor = view?.KeyboardEvent ?? KeyboardEvent;
  el.dispatchEvent(new KeyCtor('keydown', { key, bubbles: true }));
  nativeSetter(el)(value);
  resetTracker(el, value);
  dispatch(el, 'input');
  el.dispatchEvent(new KeyCtor('keyup', { key, bubbles: true }));
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
