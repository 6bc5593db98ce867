import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/error';
import type { Mentorship } from '../../../api/types';
import { Section } from '../../../components/record-section';
import { ErrorState } from '../../../components/query-state';
import { CLOSURE_REASONS, EXIT_SITUATIONS } from '../../../domain/enums';
import { wouldBeEarlyRupture } from '../../../domain/follow-up';
import { MENTORSHIP_TRANSITIONS } from '../../../domain/lifecycle';
import { clockNow } from '../../../lib/clock';
import { t } from '../../../lib/i18n';
import { options } from '../../../lib/options';
import { useMovePair, type PairMove } from '../api/mentorships';

/**
 * Pause, resume and closure. Closing asks for the reason and the young person's exit situation,
 * and says beforehand when it will count as an early rupture.
 */
export function PairActions({ pair }: { pair: Mentorship }) {
  const move = useMovePair();
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  const [exit, setExit] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // The form or button that had focus is gone once the screen changes: focus goes where it resumes.
  const focusSoon = (target: { current: HTMLElement | null }) =>
    requestAnimationFrame(() => target.current?.focus());
  // The lifecycle says which moves exist; a proposal is answered on the young person's page.
  const moves = pair.status === 'PROPOSED' ? [] : MENTORSHIP_TRANSITIONS[pair.status];
  const open = moves.includes('CLOSED');
  const fieldErrors = move.error instanceof ApiError ? move.error.fieldErrors : {};

  const lastMessage = useRef('');
  const run = (next: PairMove, message: string) => {
    lastMessage.current = message;
    move.mutate(
      { pair, move: next },
      {
        onSuccess: () => {
          setDone(message);
          setClosing(false);
          focusSoon(status);
        },
      },
    );
  };

  return (
    <Section title={t.pairs.actions} plain>
      <Stack gap="sm">
        <Text size="sm" role="status" ref={status} tabIndex={-1}>
          {done ?? ''}
        </Text>
        {!open && <Text size="sm">{t.pairs.noAction}</Text>}
        {open && !closing && (
          <Group gap="sm">
            {moves.includes('PAUSED') && (
              <Button
                variant="default"
                loading={move.isPending}
                onClick={() => run({ to: 'PAUSED' }, t.pairs.paused)}
              >
                {t.pairs.pause}
              </Button>
            )}
            {pair.status === 'PAUSED' && moves.includes('ACTIVE') && (
              <Button
                variant="default"
                loading={move.isPending}
                onClick={() => run({ to: 'ACTIVE' }, t.pairs.resumed)}
              >
                {t.pairs.resume}
              </Button>
            )}
            <Button
              color="red"
              variant="light"
              ref={closeButton}
              onClick={() => {
                setDone(null);
                setClosing(true);
              }}
            >
              {t.pairs.close}
            </Button>
          </Group>
        )}
        {closing && (
          <form
            aria-label={t.pairs.close}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setTried(true);
              if (reason && exit)
                run(
                  { to: 'CLOSED', closureReason: reason, exitSituation: exit },
                  t.pairs.closedDone,
                );
            }}
          >
            <Stack gap="sm">
              {wouldBeEarlyRupture(pair, clockNow()) && (
                <Alert color="orange" variant="light" p="xs" title={t.pairs.earlyRupture}>
                  {t.pairs.earlyRuptureWarning}
                </Alert>
              )}
              <Select
                label={t.pairs.closureReason}
                required
                // Short lists shown whole: a scrolling list would need its own keyboard access.
                withScrollArea={false}
                data={options(CLOSURE_REASONS, t.labels.closureReason)}
                value={reason}
                onChange={setReason}
                error={
                  (tried && !reason ? t.pairs.required : undefined) ?? fieldErrors['/closureReason']
                }
                data-autofocus
              />
              <Select
                label={t.pairs.exitSituation}
                required
                withScrollArea={false}
                data={options(EXIT_SITUATIONS, t.labels.exitSituation)}
                value={exit}
                onChange={setExit}
                error={
                  (tried && !exit ? t.pairs.required : undefined) ?? fieldErrors['/exitSituation']
                }
              />
              <Group>
                <Button type="submit" color="red" loading={move.isPending}>
                  {t.pairs.confirmClose}
                </Button>
                <Button
                  variant="subtle"
                  onClick={() => {
                    setClosing(false);
                    move.reset();
                    focusSoon(closeButton);
                  }}
                >
                  {t.pairs.cancel}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {move.isError && !Object.keys(fieldErrors).length && (
          // The pair is read again after an error: a retry acts on its current version.
          <ErrorState
            error={move.error}
            onRetry={() => move.variables && run(move.variables.move, lastMessage.current)}
          />
        )}
      </Stack>
    </Section>
  );
}
