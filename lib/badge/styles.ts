/**
 * Badge CSS, scoped by the shadow root. `:host { all: initial }` stops the page's inherited styles (fonts,
 * line-height, colours) from leaking in; nothing here can leak out. Colours meet WCAG AA on white text.
 */
export const BADGE_CSS = `
:host { all: initial; display: inline-block; position: relative; vertical-align: middle; margin-inline-start: 6px;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; z-index: 2147483000; }
button.badge { all: unset; box-sizing: border-box; cursor: pointer; padding: 2px 8px; border-radius: 10px;
  color: #fff; background: #5f6368; font-weight: 600; white-space: nowrap; }
button.badge:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
button.badge[data-tier="auto"] { background: #1e7e34; }
button.badge[data-tier="review"] { background: #a35a00; }
button.badge[data-tier="manual"] { background: #b3261e; }
.panel { position: absolute; top: calc(100% + 4px); inset-inline-start: 0; width: 320px; max-height: 320px;
  overflow: auto; box-sizing: border-box; padding: 10px 12px; background: #fff; color: #202124;
  border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.panel[hidden] { display: none; }
.panel h2 { all: unset; display: block; font-weight: 600; margin-bottom: 6px; }
.panel ul { margin: 0; padding-inline-start: 16px; }
.panel li { margin: 2px 0; }
.panel .actions { margin-top: 8px; display: flex; gap: 8px; }
.panel .actions button { all: unset; cursor: pointer; color: #1a73e8; text-decoration: underline; }
.panel .actions button:focus-visible { outline: 2px solid #1a73e8; }
`;
