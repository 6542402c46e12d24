import { action, write, type ResourceDefinition } from '../http/resource';
import { appealShape, decideSchema, fileSchema } from './schema';
import { decideAppeal, fileAppeal } from './service';

export const appealsResource: ResourceDefinition = {
  ...appealShape,
  defaultSort: ['filedAt', 'ASC'],
  create: write(fileSchema, fileAppeal),
  actions: { decide: action('decide', decideSchema, decideAppeal) },
};
