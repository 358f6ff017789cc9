import { Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { CalendarSection } from './CalendarSection';
import { DashboardSection } from './DashboardSection';

/** 公开时限: what is due or overdue, and the working-day calendar (R20–R25). */
export default function App() {
  return (
    <Page.Main>
      <Page.Title>公开时限</Page.Title>
      <Layouts.Header title="公开时限" subtitle="按工作日计算的公开期限：待公开、今日到期、已逾期和近期公开的事项" />
      <Layouts.Content>
        <Tabs.Root defaultValue="dashboard">
          <Tabs.List aria-label="公开时限">
            <Tabs.Trigger value="dashboard">待办与逾期</Tabs.Trigger>
            <Tabs.Trigger value="calendar">节假日安排</Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="dashboard">
            <DashboardSection />
          </Tabs.Content>
          <Tabs.Content value="calendar">
            <CalendarSection />
          </Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
}
