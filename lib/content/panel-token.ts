/** 32 random bytes as hex: the panel token's format (lib/messaging/panel-token.ts). */
export function newPanelToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
