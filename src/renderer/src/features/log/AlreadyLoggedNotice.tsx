import { Alert } from '@mantine/core';
import type { Language } from '@shared/model';
import type { LoggedSessionGroup } from './logged-sessions';
import { LoggedSessionsList } from './LoggedSessionsList';

interface AlreadyLoggedNoticeProps {
  title: string;
  groups: readonly LoggedSessionGroup[];
  language: Language;
}

/** Above the team grid: this squad already has sessions logged at the date and time chosen. */
export function AlreadyLoggedNotice({ title, groups, language }: AlreadyLoggedNoticeProps) {
  return (
    <Alert color="yellow" variant="light" title={title} mb="md" data-testid="already-logged">
      <LoggedSessionsList groups={groups} language={language} />
    </Alert>
  );
}
