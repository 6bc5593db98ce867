import { Badge, NavLink } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { NavLink as RouterLink, useLocation } from 'react-router';
import type { SavedViewResource } from '../api/query-keys';
import { savedViewsQuery } from '../api/shared-queries';
import { t } from '../lib/i18n';

/** The team's and one's own saved views of a list, under its entry in the navigation, with their counts. */
export function SavedViewLinks({
  resource,
  path,
  onNavigate,
}: {
  resource: SavedViewResource;
  path: string;
  onNavigate: () => void;
}) {
  const views = useQuery(savedViewsQuery(resource));
  const { pathname, search } = useLocation();
  if (!views.data?.length) return null;
  return (
    <>
      {views.data.map((view) => {
        const to = `${path}?${view.query}`;
        return (
          <NavLink
            key={view.id}
            component={RouterLink}
            to={to}
            pl="xl"
            label={view.name}
            aria-label={t.views.link(view.name, view.count)}
            active={pathname === path && search === `?${view.query}`}
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
