/**
 * Input schemas for what orders declare and inspections measure: a material from the catalogue
 * (domain/materials.ts, stored under its canonical code) and a weight a scale can show.
 */
import { z } from 'zod';
import { isPlausibleWeight, MAX_WEIGHT_GRAMS } from '../../domain/inspections';
import { materialByCode } from '../../domain/materials';
import { messageFor } from '../../domain/messages';
import { refinementIssue } from '../http/validate';

export const materialCode = z
  .string({ message: 'a material code, e.g. Au999' })
  .trim()
  .min(1, 'required')
  .max(40)
  .transform((raw, ctx) => {
    const material = materialByCode(raw);
    if (!material) {
      ctx.addIssue({ ...refinementIssue('', 'inspections.unknown_material', { material: raw }), path: [] });
      return z.NEVER;
    }
    return material.code;
  });

/** A number of grams; a numeric string (a form field as typed) is read as one. */
export const weightGrams = z
  .union([
    z.number({ message: 'a weight in grams' }),
    z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?$/, 'a weight in grams')
      .transform(Number),
  ])
  .refine(isPlausibleWeight, {
    message: messageFor('inspections.weight', { max: MAX_WEIGHT_GRAMS }),
    params: { code: 'inspections.weight', max: MAX_WEIGHT_GRAMS },
  });
