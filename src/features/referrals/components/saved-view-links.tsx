import { Badge, NavLink } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { t } from '../../../lib/i18n';
import { savedViewsQuery } from '../api/referrals';

/** The team's and one's own saved views, under "Orientations", each with its live count. */
export function SavedViewLinks({ onNavigate }: { onNavigate: () => void }) {
  const views = useQuery(savedViewsQuery);
  const { pathname, search } = useLocation();
  if (!views.data?.length) return null;
  return (
    <>
      {views.data.map((view) => {
        const to = `/orientations?${view.query}`;
        return (
          <NavLink
            key={view.id}
            component={RouterLink}
            to={to}
            pl="xl"
            label={view.name}
            aria-label={t.views.link(view.name, view.count)}
            active={pathname === '/orientations' && search === `?${view.query}`}
            rightSection={
              <Badge size="sm" variant="light" color="gray">
                {view.count}
              </Badge>
            }
            onClick={onNavigate}
          />
        );
      })}
    </>
  );
}
