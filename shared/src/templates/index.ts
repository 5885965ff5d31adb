/**
 * The template registry. The PLG model is the default.
 */
import {
  CURRICULUM_TEMPLATE,
  EMPTY_TEMPLATE,
  PERSPECTIVES_TEMPLATE,
  SKILLS_TEMPLATE,
  TENSIONS_TEMPLATE,
} from './others.js';
import { PLG_TEMPLATE } from './plg.js';
import type { Template } from './types.js';

export const TEMPLATES: readonly Template[] = [
  PLG_TEMPLATE,
  SKILLS_TEMPLATE,
  TENSIONS_TEMPLATE,
  PERSPECTIVES_TEMPLATE,
  CURRICULUM_TEMPLATE,
  EMPTY_TEMPLATE,
];

export const DEFAULT_TEMPLATE_ID = PLG_TEMPLATE.id;

export const TEMPLATE_IDS = TEMPLATES.map((t) => t.id);

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
