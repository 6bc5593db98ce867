import { Autocomplete, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Controller, useWatch, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { communesQuery } from '../api/shared-queries';
import { UNKNOWN_POSTAL_CODE } from '../domain/referral-rules';
import { t } from '../lib/i18n';

interface Place {
  postalCode: string;
  commune: string;
}

/**
 * Postal code and commune, checked against the official geography as one types: an unknown
 * code says so at once, and the commune is suggested from the code's (filled in when only one).
 */
export function PlaceFields<T extends FieldValues & Place, Out extends FieldValues>(props: {
  form: UseFormReturn<T, unknown, Out>;
}) {
  // The form has more fields than these two; this component only touches these.
  const form = props.form as unknown as UseFormReturn<Place>;
  const { control } = form;
  const errors = form.formState.errors;
  const postalCode = useWatch({ control, name: 'postalCode' });
  const complete = /^\d{5}$/.test(postalCode ?? '');
  const communes = useQuery({ ...communesQuery(postalCode), enabled: complete });
  const names = complete ? [...new Set((communes.data ?? []).map((c) => c.name))] : [];
  const unknown = complete && communes.data?.length === 0;
  const only = names.length === 1 ? names[0] : undefined;

  // When a code the user typed resolves to one commune, an empty commune takes it. The record's
  // own code does not: its communes may arrive after the user cleared the commune to retype it.
  const typed = postalCode !== form.formState.defaultValues?.postalCode;
  useEffect(() => {
    if (only && typed && !form.getValues('commune').trim())
      form.setValue('commune', only, { shouldValidate: true });
  }, [only, typed, form]);

  return (
    <>
      <Controller
        control={control}
        name="postalCode"
        render={({ field }) => (
          <TextInput
            {...field}
            label={t.edit.postalCode}
            required
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
            error={errors.postalCode?.message ?? (unknown ? UNKNOWN_POSTAL_CODE : undefined)}
          />
        )}
      />
      <Controller
        control={control}
        name="commune"
        render={({ field }) => (
          <Autocomplete
            {...field}
            label={t.referral.address}
            required
            autoComplete="address-level2"
            data={names}
            error={errors.commune?.message}
          />
        )}
      />
    </>
  );
}
