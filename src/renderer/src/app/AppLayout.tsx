import { AppShell, Badge, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getTeamClient } from '../team/useTeamQuery';

interface NavItem {
  to: string;
  label: string;
}

/** The frame around every page: the app's name and the navigation to the screens that work. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Start the team metrics worker with the app, so Today has its answer by the time it is opened.
  useEffect(() => {
    getTeamClient();
  }, []);
  const logItems: NavItem[] = [
    { to: '/log/team', label: t('navLogTeam') },
    { to: '/log/single', label: t('navLogSingle') },
    { to: '/log/wellness', label: t('navLogWellness') },
  ];
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Title order={3} c="teal.8">
            {t('appName')}
          </Title>
          <Badge variant="light" color="gray" title={t('offlineHint')}>
            {t('offline')}
          </Badge>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('navigation')}>
        <ScrollArea>
          <NavLink component={RouterLink} to="/today" label={t('navToday')} active={pathname === '/today'} />
          <NavLink
            component={RouterLink}
            to="/team-load"
            label={t('navTeamLoad')}
            active={pathname === '/team-load'}
          />
          <NavLink
            component={RouterLink}
            to="/recovery-map"
            label={t('navRecoveryMap')}
            active={pathname === '/recovery-map'}
          />
          <NavLink
            component={RouterLink}
            to="/athletes"
            label={t('navAthletes')}
            active={pathname.startsWith('/athletes')}
          />
          <NavLink label={t('navLog')} defaultOpened childrenOffset="md" active={false}>
            {logItems.map((item) => (
              <NavLink
                key={item.to}
                component={RouterLink}
                to={item.to}
                label={item.label}
                active={pathname === item.to}
              />
            ))}
          </NavLink>
          <NavLink
            component={RouterLink}
            to="/import"
            label={t('navImport')}
            active={pathname === '/import'}
          />
          <NavLink
            component={RouterLink}
            to="/settings"
            label={t('navSettings')}
            active={pathname === '/settings'}
          />
        </ScrollArea>
        <Text size="xs" c="dimmed" mt="auto" px="sm">
          {t('localDataHint')}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
