import type { TextField } from './dom';

interface OwnFill {
  text: string;
  /** The value before ClearLane's first fill: what undo restores. */
  previous: string;
  unmark: () => void;
}

/** What we wrote into each field: a value we wrote is ours to replace or undo, a value the user typed is not. */
export const OWN_FILLS = new WeakMap<TextField, OwnFill>();

/** True while the field still shows exactly what ClearLane wrote into it. */
export function isOwnValue(el: TextField): boolean {
  const own = OWN_FILLS.get(el);
  return own !== undefined && own.text === el.value;
}
