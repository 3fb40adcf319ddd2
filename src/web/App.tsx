import { type ReactNode, Suspense, useEffect } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { ChromeProvider, useIsBare } from './chrome.tsx';
import { BottomNav } from './components/BottomNav.tsx';
import { LoadFailed } from './components/LoadFailed.tsx';
import { Loading } from './components/Loading.tsx';
import { NewVersionBanner } from './components/NewVersionBanner.tsx';
import { OutboxStatus } from './components/OutboxStatus.tsx';
import { Page } from './components/Page.tsx';
import { TopBar } from './components/TopBar.tsx';
import { goToHomepage } from './homepage.ts';
import {
  AccountScreen,
  AlertsScreen,
  ArticleEditorScreen,
  CaseloadScreen,
  CatalogueScreen,
  CheckInScreen,
  CoachMemberScreen,
  CoachTimeScreen,
  EditorArticlesScreen,
  EditorEpisodeScreen,
  EditorEpisodesScreen,
  ExerciseScreen,
  ForgotPasswordScreen,
  FormCheckScreen,
  HistoryScreen,
  LearnScreen,
  MeasureScreen,
  MeasuresScreen,
  MembershipScreen,
  MessagesScreen,
  NotificationsScreen,
  OnboardingScreen,
  PlanScreen,
  ProgressScreen,
  ReportScreen,
  ResetPasswordScreen,
  SettingsScreen,
  SignUpScreen,
  StartWorkoutScreen,
  SymptomsScreen,
  WorkoutScreen,
  WorkoutSummaryScreen,
} from './lazy-screens.ts';

import { LoginSessionProvider, useLoginSession } from './login-session.tsx';
import { signInPathReturningTo } from './navigation.ts';
import { SafetyHoldProvider, useSafetyHold } from './safety-hold.tsx';
import { HoldScreen } from './screens/HoldScreen.tsx';
import { NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { SignInScreen } from './screens/SignInScreen.tsx';
import { TodayScreen } from './screens/TodayScreen.tsx';

/** Screens for signed-in people only: anyone else signs in first and comes back here after. */
function RequireSignIn({ children }: { children: ReactNode }) {
  const { state, refresh } = useLoginSession();
  const [location] = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'unreachable') {
    return (
      <Page title="Cannot connect" heading="We cannot reach Backstrong just now">
        <LoadFailed problem={state.problem} retry={() => void refresh()} />
      </Page>
    );
  }
  if (state.status !== 'signed-in') {
    return <Redirect to={signInPathReturningTo(`${location}${window.location.search}`)} replace />;
  }
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/**
 * `/` is the public site's homepage, rendered by the server; the app only lands here when its own router
 * is sent to `/`, and then loads the server's page.
 */
function Home() {
  useEffect(() => goToHomepage(), []);
  return <Loading />;
}

/** Today is a member's; a coach opening it lands on their caseload, never in member onboarding. */
function TodayOrCaseload() {
  const { state } = useLoginSession();
  if (state.status === 'signed-in' && state.profile.role === 'coach') return <Redirect to="/coach" replace />;
  return <TodayScreen />;
}

/** The frame around every screen, except where a screen asks for nothing but itself (an emergency). */
function Frame({ children }: { children: ReactNode }) {
  const isBare = useIsBare();
  const [location] = useLocation();
  const { state } = useLoginSession();
  const { state: holdState } = useSafetyHold();
  const isMember = state.status === 'signed-in' && state.profile.role === 'member';
  // A member on a safety hold sees the hold, and only the hold, whichever screen they open. Until that is
  // known the screen waits inside a main of its own, never on a page with nothing on it.
  if (isMember && holdState.status === 'unknown') {
    return (
      <main id="main" className="main">
        <Loading />
      </main>
    );
  }
  if (isMember && holdState.status === 'known' && holdState.hold) {
    return (
      <main id="main" className="main">
        <HoldScreen hold={holdState.hold} />
      </main>
    );
  }
  const isOnboarding = location.startsWith('/start');
  const isInWorkout = location === '/workout' || location === '/workout/start';
  const hasTabs = isMember && !isBare && !isOnboarding && !isInWorkout;
  return (
    <>
      {!isBare && <TopBar isOnboarding={isOnboarding} />}
      {!isBare && <NewVersionBanner />}
      {isMember && !isBare && <OutboxStatus />}
      <main id="main" className={hasTabs ? 'main main--with-tabs' : 'main'}>
        {/* Screens load when first opened (lazy-screens.ts); the frame stays while one does. */}
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </main>
      {hasTabs && <BottomNav />}
    </>
  );
}

export function App() {
  return (
    <LoginSessionProvider>
      <SafetyHoldProvider>
        <ChromeProvider>
          <Frame>
            <Switch>
              <Route path="/" component={Home} />
              <Route path="/sign-up" component={SignUpScreen} />
              <Route path="/sign-in" component={SignInScreen} />
              <Route path="/forgot-password" component={ForgotPasswordScreen} />
              <Route path="/reset-password" component={ResetPasswordScreen} />
              <Route path="/exercises" component={CatalogueScreen} />
              <Route path="/exercises/:id">
                {(params) => <ExerciseScreen key={params.id} id={params.id} />}
              </Route>
              <Route path="/form-check/:exerciseId">
                {(params) => (
                  <Suspense fallback={<Loading what="Opening the form check" />}>
                    <FormCheckScreen key={params.exerciseId} exerciseId={params.exerciseId} />
                  </Suspense>
                )}
              </Route>
              <Route path="/account">
                <RequireSignIn>
                  <AccountScreen />
                </RequireSignIn>
              </Route>
              <Route path="/today">
                <RequireSignIn>
                  <TodayOrCaseload />
                </RequireSignIn>
              </Route>
              <Route path="/coach">
                <RequireSignIn>
                  <CaseloadScreen />
                </RequireSignIn>
              </Route>
              <Route path="/start/:step?">
                {(params) => (
                  <RequireSignIn>
                    <OnboardingScreen step={params.step} />
                  </RequireSignIn>
                )}
              </Route>
              <Route path="/plan">
                <RequireSignIn>
                  <PlanScreen />
                </RequireSignIn>
              </Route>
              <Route path="/workout/start">
                <RequireSignIn>
                  <StartWorkoutScreen />
                </RequireSignIn>
              </Route>
              <Route path="/workout">
                <RequireSignIn>
                  <WorkoutScreen />
                </RequireSignIn>
              </Route>
              <Route path="/workouts/:id">
                {(params) => (
                  <RequireSignIn>
                    <WorkoutSummaryScreen key={params.id} id={params.id} />
                  </RequireSignIn>
                )}
              </Route>
              <Route path="/check-in">
                <RequireSignIn>
                  <CheckInScreen />
                </RequireSignIn>
              </Route>
              <Route path="/history">
                <RequireSignIn>
                  <HistoryScreen />
                </RequireSignIn>
              </Route>
              <Route path="/progress">
                <RequireSignIn>
                  <ProgressScreen />
                </RequireSignIn>
              </Route>
              <Route path="/report">
                <RequireSignIn>
                  <ReportScreen />
                </RequireSignIn>
              </Route>
              <Route path="/membership">
                <RequireSignIn>
                  <MembershipScreen />
                </RequireSignIn>
              </Route>
              <Route path="/settings">
                <RequireSignIn>
                  <SettingsScreen />
                </RequireSignIn>
              </Route>
              <Route path="/notifications">
                <RequireSignIn>
                  <NotificationsScreen />
                </RequireSignIn>
              </Route>
              <Route path="/learn">
                <RequireSignIn>
                  <LearnScreen />
                </RequireSignIn>
              </Route>
              <Route path="/measures">
                <RequireSignIn>
                  <MeasuresScreen />
                </RequireSignIn>
              </Route>
              <Route path="/measures/:instrumentId">
                {(params) => (
                  <RequireSignIn>
                    <MeasureScreen key={params.instrumentId} instrumentId={params.instrumentId} />
                  </RequireSignIn>
                )}
              </Route>
              <Route path="/coach/members/:memberId/*?">
                {(params) => (
                  <RequireSignIn>
                    <CoachMemberScreen key={params.memberId} memberId={params.memberId} />
                  </RequireSignIn>
                )}
              </Route>
              <Route path="/symptoms">
                <RequireSignIn>
                  <SymptomsScreen />
                </RequireSignIn>
              </Route>
              <Route path="/coach/time">
                <RequireSignIn>
                  <CoachTimeScreen />
                </RequireSignIn>
              </Route>
              <Route path="/messages">
                <RequireSignIn>
                  <MessagesScreen />
                </RequireSignIn>
              </Route>
              <Route path="/coach/alerts">
                <RequireSignIn>
                  <AlertsScreen />
                </RequireSignIn>
              </Route>
              <Route path="/editor">
                <RequireSignIn>
                  <EditorArticlesScreen />
                </RequireSignIn>
              </Route>
              <Route path="/editor/articles/:id">
                {(params) => (
                  <RequireSignIn>
                    <ArticleEditorScreen key={params.id} id={params.id} />
                  </RequireSignIn>
                )}
              </Route>
              <Route path="/editor/episodes">
                <RequireSignIn>
                  <EditorEpisodesScreen />
                </RequireSignIn>
              </Route>
              <Route path="/editor/episodes/:id">
                {(params) => (
                  <RequireSignIn>
                    <EditorEpisodeScreen id={params.id} />
                  </RequireSignIn>
                )}
              </Route>
              <Route component={NotFoundScreen} />
            </Switch>
          </Frame>
        </ChromeProvider>
      </SafetyHoldProvider>
    </LoginSessionProvider>
  );
}
