import { Anchor, Button, Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useHotkeys } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { t } from '../../../lib/i18n';
import { searchQuery } from '../api/search';

/** Where each kind of hit opens; kinds without a page yet are not offered. */
const PAGES: Record<string, (id: string) => string> = {
  referral: (id) => `/orientations/${id}`,
  mentor: (id) => `/mentors/${id}`,
};

const STATUS_LABELS: Record<string, Record<string, string>> = {
  referral: t.labels.referralStatus,
  mentor: t.labels.mentorStatus,
  mentorship: t.labels.mentorshipStatus,
};

/** "Orientation · Vénissieux · À contacter": what it is, where, and where its file stands. */
const describe = (hit: { kind: string; detail: string; status: string }) =>
  [t.palette.kind[hit.kind], hit.detail, STATUS_LABELS[hit.kind]?.[hit.status] ?? hit.status]
    .filter(Boolean)
    .join(' · ');

/** A screen or an action the palette offers beside the people it finds. */
export interface PaletteAction {
  label: string;
  path: string;
}

/** Words compared as typed: without case or accents. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Ctrl+K or ⌘K, or the button: find a person by name, email or phone and open their page, or go
 * to a screen or start an action ("Nouvelle orientation").
 */
export function CommandPalette({ actions }: { actions: PaletteAction[] }) {
  const [opened, palette] = useDisclosure(false);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 200);
  const navigate = useNavigate();
  const results = useQuery(searchQuery(q));
  const hits = (results.data ?? []).filter((hit) => PAGES[hit.kind]);
  const typed = fold(text.trim());
  const shownActions = actions.filter((a) => fold(a.label).includes(typed));
  useHotkeys([['mod+K', palette.open]], []);

  const close = () => {
    palette.close();
    setText('');
  };
  const openHit = (hit: (typeof hits)[number]) => {
    close();
    navigate(PAGES[hit.kind]!(hit.id));
  };
  /** Enter opens the first person found, or else the first action; the arrows move into the lists. */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-palette-hit]')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Enter' && index < 0 && (hits[0] || shownActions[0])) {
      event.preventDefault();
      if (hits[0]) openHit(hits[0]);
      else {
        close();
        navigate(shownActions[0]!.path);
      }
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      links[Math.max(0, Math.min(links.length - 1, next))]?.focus();
    }
  };

  return (
    <>
      <Button
        variant="default"
        size="sm"
        onClick={palette.open}
        aria-keyshortcuts="Control+K Meta+K"
        rightSection={
          <Kbd size="xs" visibleFrom="sm">
            Ctrl K
          </Kbd>
        }
      >
        {t.palette.open}
      </Button>
      {/* Composed so that its header is not a second banner landmark. */}
      <Modal.Root opened={opened} onClose={close} size="lg">
        <Modal.Overlay />
        <Modal.Content>
          <Modal.Header component="div">
            <Modal.Title>{t.palette.title}</Modal.Title>
            <Modal.CloseButton aria-label={t.common.close} />
          </Modal.Header>
          <Modal.Body>
            <Stack gap="sm" onKeyDown={onKeyDown}>
              <TextInput
                data-autofocus
                type="search"
                label={t.palette.label}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
              />
              <div aria-live="polite">
                {q.length >= 2 && results.isSuccess && hits.length === 0 && (
                  <Text size="sm">{t.palette.none}</Text>
                )}
                {results.isError && <Text size="sm">{t.common.errorTitle}</Text>}
              </div>
              {hits.length > 0 && (
                <PaletteList label={t.palette.results}>
                  {hits.map((hit) => (
                    <li key={`${hit.kind}-${hit.id}`}>
                      <PaletteLink to={PAGES[hit.kind]!(hit.id)} onClick={close}>
                        <Text fw={600} span>
                          {hit.label}
                        </Text>{' '}
                        <Text size="sm" c="dimmed" span>
                          {describe(hit)}
                        </Text>
                      </PaletteLink>
                    </li>
                  ))}
                </PaletteList>
              )}
              {shownActions.length > 0 && (
                <PaletteList label={t.palette.actions}>
                  {shownActions.map((action) => (
                    <li key={action.path}>
                      <PaletteLink to={action.path} onClick={close}>
                        {action.label}
                      </PaletteLink>
                    </li>
                  ))}
                </PaletteList>
              )}
            </Stack>
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </>
  );
}

function PaletteList({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" id={id}>
        {label}
      </Text>
      <Stack gap={4} component="ul" aria-labelledby={id} p={0} m={0} style={{ listStyle: 'none' }}>
        {children}
      </Stack>
    </div>
  );
}

function PaletteLink({
  to,
  onClick,
  children,
}: {
  to: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Anchor component={Link} to={to} onClick={onClick} data-palette-hit display="block" p={6}>
      {children}
    </Anchor>
  );
}
