import { useQuery } from '@tanstack/react-query';
import { request } from '../../api';
import { RoleCatalogueDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';

/**
 * The roles of the server's catalogue that can be given to an account, or to a machine client (which has no second
 * factor, so none whose holders need one), leaving out those in `held`. The server decides what may be held together
 * (三员 separated) and refuses with its own message, shown at the field.
 */
export function useRoleOptions(holder: 'account' | 'client', held: readonly string[] = []) {
  const { t } = useLanguage();
  const catalogue = useQuery({
    queryKey: ['roles'],
    queryFn: () => request(RoleCatalogueDocument),
    staleTime: Infinity,
  });
  return (catalogue.data?.roles ?? [])
    .filter((role) => !held.includes(role.name) && (holder === 'account' || !role.secondFactorRequired))
    .map((role) => ({ value: role.name, label: `${t.roleLabels[role.name] ?? role.name} (${role.name})` }));
}
