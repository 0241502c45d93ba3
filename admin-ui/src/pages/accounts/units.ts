import { useQuery } from '@tanstack/react-query';
import { request } from '../../api';
import { OrgUnitsDocument } from '../../graphql/generated';
import type { Language } from '../../i18n';

/** The units of the caller's scope as select options, labelled in the page's language. */
export function useUnitOptions(language: Language) {
  const units = useQuery({ queryKey: ['orgUnits'], queryFn: () => request(OrgUnitsDocument) });
  return (units.data?.orgUnits.nodes ?? []).map((unit) => ({
    value: unit.id,
    label: `${language === 'zh' ? unit.nameZh : unit.name} (${unit.code})`,
  }));
}
