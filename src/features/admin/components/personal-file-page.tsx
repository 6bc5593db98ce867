import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { QueryState } from '../../../components/query-state';
import { announce } from '../../../lib/announce';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { saveFile } from '../../../lib/save-file';
import {
  personalFileQuery,
  useAnonymise,
  type PersonalFile,
  type SubjectType,
} from '../api/personal-data';
import { AuditChanges } from '../../../components/audit-changes';

/** The address's word for each kind of person. */
const TYPES: Record<string, SubjectType> = {
  orientation: 'referral',
  mentor: 'mentor',
  compte: 'user',
};

const text = (value: unknown): string =>
  value === null || value === undefined || value === ''
    ? '—'
    : typeof value === 'boolean'
      ? value
        ? t.referral.yes
        : t.referral.no
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

/** Every field of a record, as stored: what the association keeps, nothing left out. */
function Fields({ record }: { record: Record<string, unknown> }) {
  return (
    <Table withRowBorders={false} fz="sm" className="avoid-break">
      <Table.Tbody>
        {Object.entries(record).map(([field, value]) => (
          <Table.Tr key={field}>
            <Table.Th scope="row" w="35%" fw={500}>
              {field}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{text(value)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Part({ title, records }: { title: string; records: object[] | undefined }) {
  if (!records) return null;
  return (
    <section className="print-section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {records.length ? (
        <Stack gap="sm">
          {records.map((record, i) => (
            <Fields key={i} record={record as Record<string, unknown>} />
          ))}
        </Stack>
      ) : (
        <Text size="sm">{t.personalData.none}</Text>
      )}
    </section>
  );
}

function AuditPart({ file }: { file: PersonalFile }) {
  return (
    <section className="print-section" aria-label={t.personalData.auditEvents}>
      <Title order={2} size="h4" mb="xs">
        {t.personalData.auditEvents}
      </Title>
      {!file.auditEvents.length && <Text size="sm">{t.personalData.none}</Text>}
      <Table fz="sm" hidden={!file.auditEvents.length}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.audit.at}</Table.Th>
            <Table.Th scope="col">{t.audit.who}</Table.Th>
            <Table.Th scope="col">{t.audit.action}</Table.Th>
            <Table.Th scope="col">{t.audit.changes}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {file.auditEvents.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>{formatDateTime(event.at)}</Table.Td>
              <Table.Td>{event.actorName}</Table.Td>
              <Table.Td>{t.labels.auditAction[event.action] ?? event.action}</Table.Td>
              <Table.Td>
                <AuditChanges event={event} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function Anonymise({ type, id, name }: { type: 'referral' | 'mentor'; id: string; name: string }) {
  const anonymise = useAnonymise();
  const [confirming, setConfirming] = useState(false);
  const run = () =>
    anonymise.mutate(
      { type, id },
      {
        onSuccess: () => {
          setConfirming(false);
          announce(t.personalData.anonymisedDone);
        },
      },
    );
  return (
    <>
      <Button color="red" variant="light" onClick={() => setConfirming(true)}>
        {t.personalData.anonymise}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t.personalData.anonymiseTitle(name)}
        body={t.personalData.confirmBody}
        confirm={t.personalData.confirm}
        color="red"
        pending={anonymise.isPending}
        error={anonymise.error}
        onConfirm={run}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

/**
 * A person's whole file for a subject access request: read on screen, printed, or saved as
 * JSON; a young person or a mentor can be anonymised from here.
 */
export function PersonalFilePage() {
  const params = useParams();
  const type = TYPES[params.type ?? ''];
  const id = params.id ?? '';
  const query = useQuery({ ...personalFileQuery(type ?? 'user', id), enabled: !!type });
  if (!type) return <Navigate to="/donnees-personnelles" replace />;

  const person = query.data?.referral ?? query.data?.mentor ?? query.data?.user;
  const name = person ? `${person.firstName} ${person.lastName}` : t.personalData.file;
  const anonymisedAt = query.data?.referral?.anonymisedAt ?? query.data?.mentor?.anonymisedAt;
  return (
    <>
      <PageHeader
        title={t.personalData.fileOf(name)}
        actions={
          query.data && (
            <Group className="no-print">
              <Button
                variant="default"
                onClick={() =>
                  saveFile(
                    new Blob([JSON.stringify(query.data, null, 2)], { type: 'application/json' }),
                    `dossier-${id}.json`,
                  )
                }
              >
                {t.personalData.downloadJson}
              </Button>
              <Button variant="default" onClick={() => window.print()}>
                {t.personalData.print}
              </Button>
              {type !== 'user' && !anonymisedAt && <Anonymise type={type} id={id} name={name} />}
            </Group>
          )
        }
      />
      <QueryState query={query}>
        {(file) => (
          <Stack gap="lg">
            <Text size="sm" c="dimmed">
              {t.personalData.exportedAt(formatDateTime(file.exportedAt))}
            </Text>
            {anonymisedAt && (
              <Alert color="gray">{t.personalData.anonymised(formatDateTime(anonymisedAt))}</Alert>
            )}
            <Part title={t.personalData.record} records={[person ?? {}]} />
            {file.account !== undefined && (
              <Part title={t.personalData.account} records={file.account ? [file.account] : []} />
            )}
            <Part title={t.personalData.timeline} records={file.timeline} />
            <Part title={t.personalData.mentorships} records={file.mentorships} />
            <Part title={t.personalData.meetings} records={file.meetings} />
            <Part title={t.personalData.interviews} records={file.interviews} />
            <AuditPart file={file} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
