import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '../../../api/error';
import type { Referral } from '../../../api/types';
import { PlaceFields } from '../../../components/place-fields';
import { ConflictAlert } from '../../../components/conflict-alert';
import { ErrorState } from '../../../components/query-state';
import { ReferralInput } from '../../../domain/schemas';
import { applyFieldErrors, hasFieldErrors } from '../../../api/form-errors';
import { t } from '../../../lib/i18n';
import { useUpdateReferral, type ReferralChanges } from '../api/referrals';

const emptyToNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

/** The contract's own field rules; an empty email or phone means none. */
const IdentityForm = ReferralInput.pick({
  firstName: true,
  lastName: true,
  birthDate: true,
  postalCode: true,
  commune: true,
}).extend({
  email: z.preprocess(emptyToNull, ReferralInput.shape.email),
  phone: z.preprocess(emptyToNull, ReferralInput.shape.phone),
});
type Values = z.input<typeof IdentityForm>;
const FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'email',
  'phone',
  'postalCode',
  'commune',
] as const;

const valuesOf = (r: Referral): Values => ({
  firstName: r.firstName,
  lastName: r.lastName,
  birthDate: r.birthDate,
  email: r.email ?? '',
  phone: r.phone ?? '',
  postalCode: r.postalCode,
  commune: r.commune,
});

export function ReferralEditForm({ referral, onDone }: { referral: Referral; onDone: () => void }) {
  const update = useUpdateReferral();
  const form = useForm<Values, unknown, z.output<typeof IdentityForm>>({
    resolver: zodResolver(IdentityForm),
    defaultValues: valuesOf(referral),
  });
  const conflict = isApiError(update.error, 409)
    ? (update.error.problem.current as unknown as Referral)
    : null;

  /** Only what differs from the record goes out, on top of `version`. */
  const send = (values: z.output<typeof IdentityForm>, version: number) => {
    const changes = Object.fromEntries(
      FIELDS.filter((f) => values[f] !== referral[f]).map((f) => [f, values[f]]),
    ) as ReferralChanges;
    if (!Object.keys(changes).length) return onDone();
    update.mutate(
      { id: referral.id, version, changes },
      {
        onSuccess: onDone,
        onError: (error) => applyFieldErrors(error, form.setError),
      },
    );
  };
  const submit = form.handleSubmit((values) => send(values, referral.version));
  const field = (name: keyof Values) => ({
    ...form.register(name),
    error: form.formState.errors[name]?.message,
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t.edit.title}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.edit.firstName} required {...field('firstName')} />
          <TextInput label={t.edit.lastName} required {...field('lastName')} />
          <TextInput label={t.referral.born} type="date" required {...field('birthDate')} />
          <TextInput label={t.referral.email} type="email" {...field('email')} />
          <TextInput label={t.referral.phone} type="tel" {...field('phone')} />
          <PlaceFields form={form} />
        </SimpleGrid>
        {conflict ? (
          <ConflictAlert
            onApplyMine={form.handleSubmit((values) => send(values, conflict.version))}
            onDropMine={onDone}
          />
        ) : (
          update.isError &&
          !hasFieldErrors(update.error) && (
            <ErrorState error={update.error} onRetry={() => void submit()} />
          )
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t.edit.save}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t.referral.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
