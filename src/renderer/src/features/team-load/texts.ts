import { defineTexts } from '../../i18n/bundle';

export const teamLoadTexts = defineTexts(
  {
    title: 'teamLoad',
  },
  {
    title: 'teamLoad',
  },
);
