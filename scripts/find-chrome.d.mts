export function findChrome(): string;
