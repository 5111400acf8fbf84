import { useState } from 'react';
import { Button, ColorInput, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { saveFailedText, schemaIssueText } from '../../i18n/schema-issues';
import { useTranslation } from 'react-i18next';
import { SquadSchema, type Squad } from '@shared/model';
import { appDb } from '../../db/app-db';
import { saveSquad } from '../../db';

const SWATCHES = ['#e8590c', '#1c7ed6', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#e03131', '#495057'];

interface SquadsModalProps {
  squads: Squad[];
  onClose: () => void;
}

/** Rename and recolour squads, or add one; athletes are put in squads from their own form. */
export function SquadsModal({ squads, onClose }: SquadsModalProps) {
  const { t } = useTranslation('athletes');
  const [name, setName] = useState('');
  const [colour, setColour] = useState(SWATCHES[squads.length % SWATCHES.length] ?? '#1c7ed6');
  const [error, setError] = useState<string | null>(null);

  async function handleAdd() {
    const parsed = SquadSchema.omit({ id: true }).safeParse({ name, colour });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue === undefined ? null : schemaIssueText(issue, t));
      return;
    }
    try {
      await saveSquad(appDb, parsed.data);
    } catch (failure) {
      setError(saveFailedText(failure, t));
      return;
    }
    notifications.show({ color: 'teal', message: t('squadSaved', { name: parsed.data.name }) });
    setName('');
    setError(null);
  }

  return (
    <Modal opened onClose={onClose} title={t('squadsTitle')} size="lg">
      <Stack>
        {squads.length === 0 ? <Text c="dimmed">{t('noSquadsYet')}</Text> : null}
        {squads.map((squad) => (
          <SquadRow key={squad.id} squad={squad} />
        ))}
        <Group align="flex-end">
          <TextInput
            label={t('newSquad')}
            value={name}
            error={error}
            onChange={(e) => setName(e.currentTarget.value)}
            w={240}
          />
          <ColorInput label={t('colour')} value={colour} onChange={setColour} swatches={SWATCHES} w={150} />
          <Button onClick={() => void handleAdd()}>{t('addSquad')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function SquadRow({ squad }: { squad: Squad }) {
  const { t } = useTranslation('athletes');
  const [draft, setDraft] = useState(squad);
  const isChanged = draft.name !== squad.name || draft.colour !== squad.colour;
  const isValid = SquadSchema.safeParse(draft).success;
  return (
    <Group align="flex-end">
      <TextInput
        label={t('squadName')}
        value={draft.name}
        onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
        w={240}
      />
      <ColorInput
        label={t('colour')}
        value={draft.colour}
        onChange={(value) => setDraft({ ...draft, colour: value })}
        swatches={SWATCHES}
        w={150}
      />
      <Button variant="light" disabled={!isChanged || !isValid} onClick={() => void saveSquad(appDb, draft)}>
        {t('common:save')}
      </Button>
    </Group>
  );
}
