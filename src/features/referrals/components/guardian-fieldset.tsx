import { Fieldset, SimpleGrid, Text, TextInput, type TextInputProps } from '@mantine/core';
import { t } from '../../../lib/i18n';

type GuardianField =
  | 'legalGuardian.name'
  | 'legalGuardian.email'
  | 'legalGuardian.phone'
  | 'legalGuardian.consentDate';

/** A minor's legal guardian, in the intake form and in the consents' editor alike. */
export function GuardianFieldset({ field }: { field: (name: GuardianField) => TextInputProps }) {
  return (
    <Fieldset legend={t.intake.guardian}>
      <Text size="sm" mb="sm">
        {t.intake.guardianHint}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t.intake.guardianName} {...field('legalGuardian.name')} />
        <TextInput label={t.intake.guardianEmail} type="email" {...field('legalGuardian.email')} />
        <TextInput label={t.intake.guardianPhone} type="tel" {...field('legalGuardian.phone')} />
        <TextInput
          label={t.intake.guardianConsentDate}
          type="date"
          {...field('legalGuardian.consentDate')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
