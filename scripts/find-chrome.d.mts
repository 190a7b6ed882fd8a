export function findChrome(): string;
export function chromeArgs(extensionDir: string): string[];
