import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useForm, type FieldValues, type Path } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '../../../api/error';
import { applyFieldErrors, hasFieldErrors } from '../../../api/form-errors';
import type { Referral, ReferralPatch } from '../../../api/types';
import { ConflictAlert } from '../../../components/conflict-alert';
import { PlaceFields } from '../../../components/place-fields';
import { ErrorState } from '../../../components/query-state';
import { ReferralInput } from '../../../domain/schemas';
import { t } from '../../../lib/i18n';
import { useUpdateReferral } from '../api/referrals';
import { GuardianFieldset } from './guardian-fieldset';
import { ConsentsForm, GuardianForm, blankable, guardianValues } from './referral-forms';

/** A value compared whatever the order of its keys (jsonb keeps its own). */
const canonical = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? JSON.stringify(value, Object.keys(value).sort())
    : JSON.stringify(value);

/**
 * One part of a referral edited in place: only what differs from the record goes out, on top of
 * `version`; a failed save keeps what was typed, a conflict offers to apply it or drop it.
 */
function useReferralEdit<V extends FieldValues, O extends ReferralPatch>(
  referral: Referral,
  schema: z.ZodType<O, V>,
  defaultValues: V,
  first: Path<V>,
  onDone: () => void,
) {
  const update = useUpdateReferral();
  const form = useForm<V, unknown, O>({
    resolver: zodResolver(schema as never),
    defaultValues: defaultValues as never,
  });
  // The form opens where the user asked for it: on its first field.
  const { setFocus } = form;
  useEffect(() => setFocus(first), [setFocus, first]);
  const conflict = isApiError(update.error, 409)
    ? (update.error.problem.current as unknown as Referral)
    : null;

  const send = (values: O, version: number) => {
    const changes = Object.fromEntries(
      Object.entries(values).filter(
        ([key, value]) => canonical(value) !== canonical(referral[key as keyof Referral]),
      ),
    ) as ReferralPatch;
    if (!Object.keys(changes).length) return onDone();
    update.mutate(
      { id: referral.id, version, changes },
      { onSuccess: onDone, onError: (error) => applyFieldErrors(error, form.setError) },
    );
  };
  const submit = form.handleSubmit((values) => send(values, referral.version));
  const error = (name: Path<V>) => form.getFieldState(name, form.formState).error?.message;
  const text = (name: Path<V>) => ({ ...form.register(name), error: error(name) });

  const footer = (
    <>
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
    </>
  );
  return { form, submit, error, text, footer };
}

/** The contract's own field rules; an empty email or phone means none. */
const IdentityForm = ReferralInput.pick({
  firstName: true,
  lastName: true,
  birthDate: true,
  postalCode: true,
  commune: true,
}).extend({
  email: blankable(ReferralInput.shape.email),
  phone: blankable(ReferralInput.shape.phone),
});

export function ReferralEditForm({ referral, onDone }: { referral: Referral; onDone: () => void }) {
  const { form, submit, text, footer } = useReferralEdit(
    referral,
    IdentityForm,
    {
      firstName: referral.firstName,
      lastName: referral.lastName,
      birthDate: referral.birthDate,
      email: referral.email ?? '',
      phone: referral.phone ?? '',
      postalCode: referral.postalCode,
      commune: referral.commune,
    },
    'firstName',
    onDone,
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t.edit.title}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.edit.firstName} required {...text('firstName')} />
          <TextInput label={t.edit.lastName} required {...text('lastName')} />
          <TextInput label={t.referral.born} type="date" required {...text('birthDate')} />
          <TextInput label={t.referral.email} type="email" {...text('email')} />
          <TextInput label={t.referral.phone} type="tel" {...text('phone')} />
          <PlaceFields form={form} />
        </SimpleGrid>
        {footer}
      </Stack>
    </form>
  );
}

const ConsentsEdit = z.object({ legalGuardian: GuardianForm, consents: ConsentsForm });

/** The guardian (for a minor, or when one is on file) and the person's consents. */
export function ConsentsEditForm({
  referral,
  minor,
  onDone,
}: {
  referral: Referral;
  minor: boolean;
  onDone: () => void;
}) {
  const withGuardian = minor || !!referral.legalGuardian;
  const { form, submit, error, text, footer } = useReferralEdit(
    referral,
    ConsentsEdit,
    { legalGuardian: guardianValues(referral.legalGuardian), consents: referral.consents },
    withGuardian ? 'legalGuardian.name' : 'consents.processing',
    onDone,
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t.edit.consentsTitle}>
      <Stack gap="sm">
        {withGuardian && <GuardianFieldset field={text} />}
        <Checkbox
          label={t.intake.processing}
          required
          {...form.register('consents.processing')}
          error={error('consents.processing')}
        />
        <Checkbox label={t.intake.transmission} {...form.register('consents.transmission')} />
        <TextInput
          label={t.intake.consentDate}
          type="date"
          required
          maw={240}
          {...text('consents.date')}
        />
        {footer}
      </Stack>
    </form>
  );
}
