import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../../api/error';
import type { Mentorship } from '../../../api/types';
import { ConflictAlert } from '../../../components/conflict-alert';
import { ErrorState } from '../../../components/query-state';
import { Section } from '../../../components/record-section';
import { t } from '../../../lib/i18n';
import { useSetGoals } from '../api/mentorships';

type Goal = { id?: string; label: string; done: boolean };

/**
 * The pair's goals and their progress. Staff tick, add and remove them; each change is saved on
 * the version read, and a conflict keeps the change to apply on the current version.
 */
export function PairGoals({ pair, editable }: { pair: Mentorship; editable: boolean }) {
  const save = useSetGoals();
  const [label, setLabel] = useState('');
  const [saved, setSaved] = useState(false);
  const goals: Goal[] = pair.goals;
  const done = goals.filter((g) => g.done).length;
  const conflict = save.error instanceof ApiError && save.error.status === 409;

  const change = (next: Goal[], version = pair.version) => {
    setSaved(false);
    save.mutate(
      { pair: { id: pair.id, version }, goals: next },
      {
        onSuccess: () => {
          setSaved(true);
          setLabel('');
        },
      },
    );
  };

  return (
    <Section
      title={t.pairs.goals}
      plain
      action={
        goals.length > 0 && <Text size="sm">{t.pairs.goalsProgress(done, goals.length)}</Text>
      }
    >
      <Stack gap="xs">
        {goals.length === 0 && <Text size="sm">{t.pairs.noGoal}</Text>}
        {goals.map((goal, index) =>
          editable ? (
            <Group key={goal.id ?? index} justify="space-between" wrap="nowrap">
              <Checkbox
                label={goal.label}
                checked={goal.done}
                disabled={save.isPending}
                onChange={(e) =>
                  change(
                    goals.map((g, i) =>
                      i === index ? { ...g, done: e.currentTarget.checked } : g,
                    ),
                  )
                }
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t.pairs.removeGoal(goal.label)}
                disabled={save.isPending}
                onClick={() => change(goals.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            </Group>
          ) : (
            <Text size="sm" key={goal.id ?? index}>
              {goal.done ? '✓ ' : '○ '}
              {goal.done ? t.pairs.goalDone(goal.label) : goal.label}
            </Text>
          ),
        )}
        {editable && (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (label.trim()) change([...goals, { label: label.trim(), done: false }]);
            }}
          >
            <Group align="flex-end" gap="xs">
              <TextInput
                label={t.pairs.goalLabel}
                value={label}
                maxLength={200}
                onChange={(e) => setLabel(e.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Button
                type="submit"
                variant="default"
                disabled={!label.trim()}
                loading={save.isPending}
              >
                {t.pairs.addGoal}
              </Button>
            </Group>
          </form>
        )}
        <Text size="sm" role="status">
          {saved && !save.isPending ? t.pairs.goalsSaved : ''}
        </Text>
        {conflict ? (
          <ConflictAlert
            onApplyMine={() =>
              change(
                save.variables!.goals,
                (save.error as ApiError).problem.current!.version as number,
              )
            }
            onDropMine={() => save.reset()}
          />
        ) : (
          save.isError && (
            <ErrorState
              error={save.error}
              onRetry={() => save.variables && change(save.variables.goals)}
            />
          )
        )}
      </Stack>
    </Section>
  );
}
