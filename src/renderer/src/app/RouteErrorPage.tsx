import { useEffect } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PRINT_ERROR_ATTRIBUTE } from '@shared/print';
import { errorText } from './error-text';
import { ReloadButton } from './ShellNotices';

/**
 * What a route shows instead of a blank page when it throws while drawing (every route's
 * errorElement, see guardRoutes): a sentence in the coach's language and a Reload button. Inside the
 * app's frame the navigation stays usable, and opening another screen clears the error. A print
 * route also reports the error to the main process, so a PDF export fails at once with the reason
 * instead of waiting for its timeout.
 */
export function RouteErrorPage() {
  const { t } = useTranslation('shell');
  const error = useRouteError();
  const { pathname } = useLocation();
  const isNotFound = isRouteErrorResponse(error) && error.status === 404;
  const details = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : errorText(error);

  useEffect(() => {
    if (!isNotFound) console.error(`The screen ${pathname} failed:`, error);
    if (pathname.startsWith('/print/')) {
      document.documentElement.setAttribute(PRINT_ERROR_ATTRIBUTE, details || 'The print page failed');
    }
  }, [error, details, isNotFound, pathname]);

  return (
    <Alert
      color={isNotFound ? 'gray' : 'red'}
      title={t(isNotFound ? 'notFoundTitle' : 'routeErrorTitle')}
      m="md"
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(isNotFound ? 'notFoundBody' : 'routeErrorBody')}</Text>
        {details && !isNotFound ? (
          <Text size="xs" c="dimmed">
            {t('errorDetails', { message: details })}
          </Text>
        ) : null}
        <ReloadButton />
      </Stack>
    </Alert>
  );
}
