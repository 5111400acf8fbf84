import { ActionIcon, Group } from '@mantine/core';

interface RowActionsProps {
  /** Accessible names, e.g. "Edit the session of Mon 3 Mar 2025". */
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}

function PencilIcon() {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      aria-hidden="true"
    >
      <path d="M4 20h4L19 9l-4-4L4 16v4z" strokeLinejoin="round" />
      <path d="M13.5 6.5l4 4" />
    </svg>
  );
}

function TrashIcon() {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      aria-hidden="true"
    >
      <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * Edit and delete buttons at the start of a table row. Icons only (their names are their labels), so
 * the row's text still starts with its date and ends with its last value.
 */
export function RowActions({ editLabel, deleteLabel, onEdit, onDelete }: RowActionsProps) {
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={editLabel}
        title={editLabel}
        onClick={onEdit}
      >
        <PencilIcon />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        size="sm"
        aria-label={deleteLabel}
        title={deleteLabel}
        onClick={onDelete}
      >
        <TrashIcon />
      </ActionIcon>
    </Group>
  );
}
