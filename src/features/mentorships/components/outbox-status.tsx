import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useMeetingDrafts } from '../hooks/meeting-drafts';
import { sendWaitingMeetings } from '../hooks/meeting-outbox';

/**
 * Where a pair's saved meetings are: not sent yet (at once, no spinner), recorded, or refused
 * with the reason (the meeting is back in the form). Announced to screen readers.
 */
export function OutboxStatus({ pairId }: { pairId: string }) {
  const waiting = useMeetingDrafts(useShallow((s) => s.outbox.filter((p) => p.pairId === pairId)));
  const refusal = useMeetingDrafts((s) => s.refusals[pairId]);
  const count = waiting.length;
  const before = useRef(count);
  const [recorded, setRecorded] = useState(false);
  useEffect(() => {
    if (count < before.current && !refusal) setRecorded(true);
    if (count > before.current) setRecorded(false);
    before.current = count;
  }, [count, refusal]);

  return (
    <div aria-live="polite">
      {count > 0 && (
        <Alert color="orange" variant="light" p="xs">
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              {waiting.map((p) => t.meeting.notSent(formatDate(p.meeting.date))).join(' ')}{' '}
              {t.meeting.sentLater}
            </Text>
            <Button size="xs" variant="default" onClick={sendWaitingMeetings}>
              {t.meeting.sendNow}
            </Button>
          </Group>
        </Alert>
      )}
      {refusal && (
        <Alert color="red" variant="light" p="xs">
          <Text size="sm">{t.meeting.refused(refusal)}</Text>
        </Alert>
      )}
      {recorded && count === 0 && !refusal && <Text size="sm">{t.meeting.saved}</Text>}
    </div>
  );
}
