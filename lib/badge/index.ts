export { mountBadge, type BadgeHandle, type BadgeOptions } from './mount';
export { describeBadge, formatCode, type BadgeState, type BadgeView } from './state';
