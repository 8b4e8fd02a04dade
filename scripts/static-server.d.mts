export function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }>;
