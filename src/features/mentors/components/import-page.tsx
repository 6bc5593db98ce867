import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  Pagination,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { settingsQuery } from '../../../api/shared-queries';
import type { MentorImportReport } from '../../../api/types';
import { PageHeader } from '../../../components/page-header';
import { ErrorState } from '../../../components/query-state';
import {
  IMPORT_FIELDS,
  decodeText,
  guessMapping,
  parseCsv,
  rowToMentor,
  vocabularyOf,
  type ImportField,
} from '../../../domain/csv-import';
import { DEFAULT_SETTINGS } from '../../../domain/settings';
import { t } from '../../../lib/i18n';
import { useImportMentors } from '../api/mentors';

const MAX_ROWS = 5000;
const CHUNK = 500;
const PREVIEW_PAGE = 50;

/** What a cell may say for each coded field: the code, the French label, or a usual synonym. */
const VOCABULARY = {
  expertise: vocabularyOf(t.labels.need),
  modalities: vocabularyOf(t.labels.mentorModality, { distanciel: 'REMOTE', remote: 'REMOTE' }),
  occupation: vocabularyOf(t.labels.occupation, {
    salarie: 'EMPLOYEE',
    salariee: 'EMPLOYEE',
    employee: 'EMPLOYEE',
    etudiant: 'STUDENT',
    etudiante: 'STUDENT',
    student: 'STUDENT',
    fonctionnaire: 'CIVIL_SERVANT',
    retraite: 'RETIRED',
    retraitee: 'RETIRED',
    retired: 'RETIRED',
    lyceen: 'HIGH_SCHOOL',
    lyceenne: 'HIGH_SCHOOL',
  }),
  gender: vocabularyOf(t.labels.gender, {
    f: 'FEMALE',
    female: 'FEMALE',
    mme: 'FEMALE',
    m: 'MALE',
    male: 'MALE',
    mr: 'MALE',
  }),
};

interface Parsed {
  fileName: string;
  encoding: string;
  separator: string;
  headers: string[];
  rows: string[][];
}

type Mapping = (ImportField | null)[];

const FIELD_OPTIONS = [
  { value: '', label: t.mentorImport.ignore },
  ...Object.keys(IMPORT_FIELDS).map((field) => ({
    value: field,
    label: t.mentorImport.field[field] ?? field,
  })),
];

/** Problems of each row (1-based), by field, from the server's report. */
function problemsByRow(report: MentorImportReport) {
  const rows = new Map<number, { field: string; message: string }[]>();
  for (const e of report.errors) {
    const field = e.pointer.split('/')[1] ?? '';
    rows.set(e.row, [...(rows.get(e.row) ?? []), { field, message: e.message }]);
  }
  for (const d of report.duplicates)
    rows.set(d.row, [
      ...(rows.get(d.row) ?? []),
      { field: 'email', message: t.mentorImport.duplicate },
    ]);
  return rows;
}

function FileStep({ onParsed }: { onParsed: (parsed: Parsed) => void }) {
  const [error, setError] = useState<string | null>(null);
  async function read(file: File | null) {
    setError(null);
    if (!file) return;
    try {
      const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
      const { separator, headers, rows } = parseCsv(text);
      if (!rows.length) return setError(t.mentorImport.empty);
      if (rows.length > MAX_ROWS) return setError(t.mentorImport.tooMany);
      onParsed({ fileName: file.name, encoding, separator, headers, rows });
    } catch {
      setError(t.mentorImport.unreadable);
    }
  }
  return (
    <FileInput
      label={t.mentorImport.file}
      placeholder={t.mentorImport.fileHint}
      accept=".csv,text/csv"
      onChange={(file) => void read(file)}
      error={error}
      maw={420}
      clearable
      clearButtonProps={{ 'aria-label': t.mentorImport.clearFile }}
    />
  );
}

function Preview({
  parsed,
  mapping,
  report,
}: {
  parsed: Parsed;
  mapping: Mapping;
  report: MentorImportReport;
}) {
  const [onlyErrors, setOnlyErrors] = useState(report.errors.length > 0);
  const [page, setPage] = useState(1);
  const problems = problemsByRow(report);
  const shownColumns = mapping.flatMap((field, i) => (field ? [{ field, i }] : []));
  const rows = parsed.rows
    .map((cells, index) => ({ cells, row: index + 1 }))
    .filter(({ row }) => !onlyErrors || problems.has(row));
  const pageRows = rows.slice((page - 1) * PREVIEW_PAGE, page * PREVIEW_PAGE);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t.mentorImport.preview}
        </Title>
        <Checkbox
          label={t.mentorImport.onlyErrors}
          checked={onlyErrors}
          onChange={(e) => {
            setOnlyErrors(e.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      <Table.ScrollContainer
        minWidth={720}
        type="native"
        tabIndex={0}
        role="region"
        aria-label={t.mentorImport.preview}
      >
        <Table withTableBorder withColumnBorders fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.mentorImport.row}</Table.Th>
              {shownColumns.map(({ field, i }) => (
                <Table.Th key={i} scope="col">
                  {t.mentorImport.field[field]}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t.mentorImport.problems}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pageRows.map(({ cells, row }) => {
              const rowProblems = problems.get(row) ?? [];
              return (
                <Table.Tr key={row}>
                  <Table.Th scope="row">{row}</Table.Th>
                  {shownColumns.map(({ field, i }) => {
                    const bad = rowProblems.some((p) => p.field === field);
                    return (
                      <Table.Td
                        key={i}
                        bg={bad ? 'var(--mantine-color-red-light)' : undefined}
                        aria-invalid={bad || undefined}
                      >
                        {cells[i]}
                      </Table.Td>
                    );
                  })}
                  <Table.Td>
                    {rowProblems.map((p) => (
                      <Text key={p.field + p.message} size="xs" c="var(--mantine-color-error)">
                        {t.mentorImport.field[p.field] ?? p.field} : {p.message}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t.mentorImport.shownRows(pageRows.length, rows.length)}
        </Text>
        {rows.length > PREVIEW_PAGE && (
          <nav aria-label={t.inbox.pagination}>
            <Pagination
              total={Math.ceil(rows.length / PREVIEW_PAGE)}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t.inbox.pageControls[control] })}
              getItemProps={(n) => ({ 'aria-label': t.inbox.page(n) })}
            />
          </nav>
        )}
      </Group>
    </Stack>
  );
}

export function ImportPage() {
  const settings = useQuery(settingsQuery).data ?? DEFAULT_SETTINGS;
  const check = useImportMentors();
  const save = useImportMentors();
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [mapping, setMapping] = useState<Mapping>([]);
  const [report, setReport] = useState<MentorImportReport | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; created: number } | null>(
    null,
  );

  const candidates = () =>
    parsed!.rows.map((cells) =>
      rowToMentor(cells, mapping, VOCABULARY, {
        menteeAgeMin: settings.menteeAgeMin,
        menteeAgeMax: settings.menteeAgeMax,
      }),
    );

  function start(next: Parsed) {
    setParsed(next);
    setMapping(guessMapping(next.headers));
    setReport(null);
    setProgress(null);
    check.reset();
  }

  const verify = () => check.mutate({ rows: candidates(), dryRun: true }, { onSuccess: setReport });

  /** Sends the valid rows in chunks; a retry resumes where it stopped (emails are never doubled). */
  async function runImport(from = progress?.done ?? 0) {
    const bad = new Set([
      ...report!.errors.map((e) => e.row),
      ...report!.duplicates.map((d) => d.row),
    ]);
    const rows = candidates().filter((_, index) => !bad.has(index + 1));
    let created = from === 0 ? 0 : (progress?.created ?? 0);
    for (let done = from; done < rows.length; done += CHUNK) {
      setProgress({ done, total: rows.length, created });
      try {
        const result = await save.mutateAsync({
          rows: rows.slice(done, done + CHUNK),
          dryRun: false,
        });
        created += result.created;
      } catch {
        return;
      }
    }
    setProgress({ done: rows.length, total: rows.length, created });
  }

  const finished = progress && progress.done === progress.total && !save.isPending;
  const importing = progress && !finished;

  return (
    <>
      <PageHeader title={t.mentorImport.title} />
      <Anchor component={Link} to="/mentors" size="sm" mb="md" display="inline-block">
        ← {t.mentors.back}
      </Anchor>
      <Stack gap="md">
        <Text size="sm">{t.mentorImport.intro}</Text>
        {!progress && <FileStep onParsed={start} />}
        {parsed && !progress && (
          <Paper
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-label={t.mentorImport.mapping}
          >
            <Stack gap="sm">
              <Text size="sm" aria-live="polite">
                {t.mentorImport.read(parsed.rows.length, parsed.encoding, parsed.separator)}
              </Text>
              <Title order={2} size="h4">
                {t.mentorImport.mapping}
              </Title>
              <Text size="sm" c="dimmed">
                {t.mentorImport.mappingHint}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                {parsed.headers.map((header, i) => (
                  <Select
                    key={i}
                    label={t.mentorImport.column(header)}
                    data={FIELD_OPTIONS}
                    value={mapping[i] ?? ''}
                    allowDeselect={false}
                    onChange={(value) => {
                      setMapping(
                        mapping.map((m, j) =>
                          j === i ? ((value || null) as ImportField | null) : m,
                        ),
                      );
                      setReport(null);
                    }}
                  />
                ))}
              </SimpleGrid>
              <Group>
                <Button onClick={verify} loading={check.isPending}>
                  {t.mentorImport.check}
                </Button>
              </Group>
              {check.isError && <ErrorState error={check.error} onRetry={verify} />}
            </Stack>
          </Paper>
        )}
        {parsed && report && !progress && (
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Alert
                color={report.errors.length || report.duplicates.length ? 'orange' : 'green'}
                role="status"
              >
                <Text size="sm">
                  {t.mentorImport.summary(
                    report.valid,
                    new Set(report.errors.map((e) => e.row)).size,
                    report.duplicates.length,
                  )}
                </Text>
                {report.errors.length > 0 && <Text size="sm">{t.mentorImport.fixFile}</Text>}
              </Alert>
              <Preview parsed={parsed} mapping={mapping} report={report} />
              <Group>
                <Button onClick={() => void runImport(0)} disabled={report.valid === 0}>
                  {t.mentorImport.confirm(report.valid)}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
        {progress && (
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Progress
                value={(progress.done / Math.max(1, progress.total)) * 100}
                aria-label={t.mentorImport.progressLabel}
                size="lg"
              />
              <Text size="sm" aria-live="polite">
                {finished
                  ? t.mentorImport.done(progress.created)
                  : t.mentorImport.progress(progress.done, progress.total)}
              </Text>
              {save.isError && !save.isPending && importing && (
                <Alert color="red" role="alert">
                  <Stack gap="xs" align="flex-start">
                    <Text size="sm">
                      {t.mentorImport.interrupted(progress.done, progress.total)}
                    </Text>
                    <Button size="xs" onClick={() => void runImport()}>
                      {t.mentorImport.resume}
                    </Button>
                  </Stack>
                </Alert>
              )}
              {finished && (
                <Group>
                  <Button component={Link} to="/mentors?sort=-createdAt">
                    {t.mentorImport.toList}
                  </Button>
                  <Button
                    variant="default"
                    onClick={() => {
                      setParsed(null);
                      setReport(null);
                      setProgress(null);
                    }}
                  >
                    {t.mentorImport.restart}
                  </Button>
                </Group>
              )}
            </Stack>
          </Paper>
        )}
      </Stack>
    </>
  );
}
