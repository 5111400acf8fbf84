import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate } from 'react-router';
import { Center, Loader } from '@mantine/core';
import { appDb } from '../db/app-db';
import { isFirstRun } from '../db/first-run';

/** The start screen: the welcome on a first run, Today afterwards. */
export function StartRedirect() {
  const isFirst = useLiveQuery(() => isFirstRun(appDb), []);
  if (isFirst === undefined) {
    return (
      <Center h={200}>
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  return <Navigate to={isFirst ? '/welcome' : '/today'} replace />;
}
