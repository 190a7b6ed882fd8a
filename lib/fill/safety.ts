/**
 * The extension never submits a carrier form (architecture principle; both public DHL and FedEx automations stop
 * before the irreversible step, and OWASP LLM01 asks for human approval of high-risk actions). The only element
 * the fill routine ever clicks is an autocomplete option, and this check refuses any "option" that is, or sits
 * inside, something that would submit or navigate: page text cannot trick a click into a submit.
 */
export function isSubmitLike(el: Element): boolean {
  const control = el.closest('button, input, a[href], [type="submit"]');
  if (!control) return false;
  if (control.tagName === 'A') {
    const href = control.getAttribute('href') ?? '';
    return href !== '' && href !== '#' && !href.startsWith('#');
  }
  if (control.tagName === 'INPUT') {
    const type = (control.getAttribute('type') ?? 'text').toLowerCase();
    return type === 'submit' || type === 'image';
  }
  if (control.tagName === 'BUTTON') {
    // A <button> without a type inside a form submits it.
    const type = control.getAttribute('type')?.toLowerCase();
    return type === 'submit' || (!type && control.closest('form') !== null);
  }
  return control.getAttribute('type') === 'submit';
}
