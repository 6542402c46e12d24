import type { Material } from '../../../domain/materials';

/** The exact code first (typing "Au999" then Enter takes Au999, not Au999.9), then codes starting so, then the rest. */
export function rankMaterials(options: Material[], typed: string): Material[] {
  const t = typed.trim().toLowerCase();
  const rank = (m: Material) => (m.code.toLowerCase() === t || m.nameZh === typed.trim() ? 0 : m.code.toLowerCase().startsWith(t) ? 1 : 2);
  return [...options].sort((a, b) => rank(a) - rank(b));
}
