import { describe, expect, it } from 'vitest';
import { MATERIAL_CODES, MATERIALS, materialByCode, materialName, meetsDeclared } from '../../../domain/materials';

describe('the material catalogue', () => {
  it('holds the spec’s examples, each code once, named in both languages', () => {
    for (const code of ['Au999', 'Au750', 'Pt950', 'S925', 'jadeite A', 'nephrite']) expect(MATERIAL_CODES).toContain(code);
    expect(new Set(MATERIAL_CODES.map((c) => c.toLowerCase())).size).toBe(MATERIALS.length);
    for (const m of MATERIALS) {
      expect(m.name.length, m.code).toBeGreaterThan(2);
      expect(m.nameZh, m.code).toMatch(/[\u4e00-\u9fff]/);
      expect(m.fineness === undefined, m.code).toBe(!['gold', 'platinum', 'silver'].includes(m.family));
    }
  });

  it('finds a code however it is typed, or by its name in either language, and nothing else', () => {
    const aliases = MATERIALS.flatMap((m) => [...new Set([m.code, m.name, m.nameZh].map((a) => a.toLowerCase()))]);
    expect(new Set(aliases).size, 'no alias names two materials').toBe(aliases.length);
    expect(materialByCode('足金')?.code).toBe('Au999');
    expect(materialByCode('Hetian Nephrite')?.code).toBe('nephrite');
    expect(materialByCode('au999')?.code).toBe('Au999');
    expect(materialByCode('  JADEITE   a ')?.code).toBe('jadeite A');
    expect(materialByCode('Au1000')).toBeUndefined();
    expect(materialByCode('')).toBeUndefined();
    expect(materialByCode(null)).toBeUndefined();
    expect(materialByCode('constructor')).toBeUndefined();
  });

  it('a finer piece of the same metal meets a hallmark; another metal, a lower grade or a treated stone does not', () => {
    const m = (code: string) => materialByCode(code)!;
    expect(meetsDeclared(m('Au999'), m('Au999'))).toBe(true);
    expect(meetsDeclared(m('Au990'), m('Au999.9'))).toBe(true);
    expect(meetsDeclared(m('Au999'), m('Au990'))).toBe(false);
    expect(meetsDeclared(m('Pt950'), m('Au999.9'))).toBe(false);
    expect(meetsDeclared(m('S925'), m('silver-plated'))).toBe(false);
    expect(meetsDeclared(m('jadeite A'), m('jadeite B'))).toBe(false);
    expect(meetsDeclared(m('quartz'), m('amethyst'))).toBe(false);
  });

  it('names a material in the reader’s language, an unknown code as it is', () => {
    expect(materialName('Au750', 'zh-CN')).toBe('18K金');
    expect(materialName('Au750', 'en')).toBe('Au750 (18K) gold');
    expect(materialName('tin', 'zh')).toBe('tin');
  });
});
