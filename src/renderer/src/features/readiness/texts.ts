import { defineTexts } from '../../i18n/bundle';
import { readinessEn } from './texts-en';
import { readinessNl } from './texts-nl';

/**
 * Namespace `readiness`: status words, each rule's name, sentence (`rule_<id>`), definition and
 * sources, recovery phases and the threshold labels shared with the settings page.
 */
export const readinessTexts = defineTexts(readinessEn, readinessNl);
