import { defineTexts } from '../i18n/bundle';

export const chartsTexts = defineTexts(
  {
    title: 'charts',
  },
  {
    title: 'charts',
  },
);
