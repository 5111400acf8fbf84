import { createTheme } from '@mantine/core';

/** Calm, high-contrast colours that read well on a club laptop in a bright gym. */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, highlightOnHover: true } },
  },
});
